using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Logging;
using OmniAlpha.Server.Ports;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Views;

namespace OmniAlpha.Server.Api;

/// <summary>Read-only views: orders, fills, positions, accounts, equity curves and the log tail (viewer role).</summary>
internal static class ReadEndpoints
{
    private const int DefaultPage = 100;

    public static void Map(RouteGroupBuilder api)
    {
        var read = api.MapGroup("").WithTags("Trading").RequireAuthorization(ApiKeyDefaults.ViewerPolicy);

        read.MapGet("/orders", Orders).WithName("ListOrders")
            .WithSummary("Orders, newest first: status=open (default, live) or all (from the journal).")
            .Produces<List<OrderView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/fills", Fills).WithName("ListFills").WithSummary("Fills, newest first.")
            .Produces<List<FillView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/positions", (string? strategy, ITradingHost host) =>
            {
                var snapshot = host.Current;
                if (strategy is not null && !Exists(snapshot, strategy))
                    return ApiProblems.NotFound($"No strategy '{strategy}'.");
                return Results.Ok(snapshot.Strategies.Where(s => strategy is null || s.Id == strategy)
                    .SelectMany(s => s.Positions.Select(p => PositionItemView.From(s.Id, p))).ToList());
            }).WithName("ListPositions").WithSummary("Open positions of every strategy (or one).")
            .Produces<List<PositionItemView>>().ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/account", (ITradingHost host) =>
            {
                var snapshot = host.Current;
                var lines = snapshot.Strategies.Select(AccountLineView.From).ToList();
                return new AccountView(snapshot.Version, lines, AccountLineView.Total(lines));
            }).WithName("GetAccount").WithSummary("Cash, equity and P&L of every strategy and in total, from one snapshot.");

        read.MapGet("/equity", Equity).WithName("GetEquity")
            .WithSummary("Equity curves (one strategy or all), thinned to at most 'points' evenly spaced samples.")
            .Produces<List<EquitySeriesView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        read.MapGet("/logs", (int? lines, HttpContext context, IOptions<ServerOptions> options) =>
            {
                if (!RequestValidation.TryPageSize(lines, 200, options.Value.MaxPageSize, out int count))
                    return ApiProblems.Validation("lines", $"lines must be between 1 and {options.Value.MaxPageSize}.");
                var tail = context.RequestServices.GetService<LogTail>();
                return tail is null
                    ? ApiProblems.Unavailable("No log tail is configured in this host.")
                    : Results.Ok(tail.Tail(count));
            }).WithTags("Operations").WithName("GetLogs").WithSummary("The last lines of the server log, secrets redacted, oldest first.")
            .Produces<List<LogTailEntry>>().ProducesValidationProblem();
    }

    private static IResult Orders(string? strategy, string? status, int? limit, ITradingHost host, ITradingHistory history,
        IOptions<ServerOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        string which = (status ?? "open").ToLowerInvariant();
        if (which is not ("open" or "all"))
            errors["status"] = [$"'{status}' is not an order status filter: use open or all."];
        if (!RequestValidation.TryPageSize(limit, DefaultPage, options.Value.MaxPageSize, out int count))
            errors["limit"] = [$"limit must be between 1 and {options.Value.MaxPageSize}."];
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var snapshot = host.Current;
        if (strategy is not null && !Exists(snapshot, strategy))
            return ApiProblems.NotFound($"No strategy '{strategy}'.");
        if (which == "all")
            return Results.Ok(history.Orders(strategy, count).Select(r => OrderView.From(r.StrategyId, r.Order)).ToList());
        // Open orders are live state: always from the snapshot, whatever the history holds.
        return Results.Ok(snapshot.Strategies.Where(s => strategy is null || s.Id == strategy)
            .SelectMany(s => s.OpenOrders.Select(o => OrderView.From(s.Id, o)))
            .OrderByDescending(o => o.LastUpdateTimeUtc).ThenByDescending(o => o.OrderId).Take(count).ToList());
    }

    private static IResult Fills(string? strategy, int? limit, ITradingHost host, ITradingHistory history, IOptions<ServerOptions> options)
    {
        if (!RequestValidation.TryPageSize(limit, DefaultPage, options.Value.MaxPageSize, out int count))
            return ApiProblems.Validation("limit", $"limit must be between 1 and {options.Value.MaxPageSize}.");
        if (strategy is not null && !Exists(host.Current, strategy))
            return ApiProblems.NotFound($"No strategy '{strategy}'.");
        return Results.Ok(history.Fills(strategy, count).Select(r => FillView.From(r.StrategyId, r.Fill)).ToList());
    }

    private static IResult Equity(string? strategy, int? points, ITradingHost host, ITradingHistory history)
    {
        const int maxPoints = 10_000;
        if (!RequestValidation.TryPageSize(points, 500, maxPoints, out int count) || count < 2)
            return ApiProblems.Validation("points", $"points must be between 2 and {maxPoints}.");
        var snapshot = host.Current;
        if (strategy is not null && !Exists(snapshot, strategy))
            return ApiProblems.NotFound($"No strategy '{strategy}'.");
        return Results.Ok(snapshot.Strategies.Where(s => strategy is null || s.Id == strategy)
            .Select(s => EquitySeriesView.From(s.Id, history.Equity(s.Id, count))).ToList());
    }

    private static bool Exists(LiveHostSnapshot snapshot, string id) => snapshot.Strategies.Any(s => s.Id == id);
}
