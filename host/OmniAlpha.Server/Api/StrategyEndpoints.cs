using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Api.Requests;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Views;

namespace OmniAlpha.Server.Api;

/// <summary>Strategies: list, detail, deploy, upload a script, lifecycle commands, trading states and the kill switch.</summary>
internal static class StrategyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var strategies = api.MapGroup("/strategies").WithTags("Strategies");

        strategies.MapGet("/", (ITradingHost host) => host.Current.Strategies.Select(StrategySummaryView.From).ToList())
            .WithName("ListStrategies").WithSummary("Every deployed strategy, in deployment order.")
            .RequireAuthorization(ApiKeyDefaults.ViewerPolicy);

        strategies.MapGet("/{id}", (string id, ITradingHost host) =>
                Find(host, id) is { } s ? Results.Ok(StrategyDetailView.From(s)) : ApiProblems.NotFound($"No strategy '{id}'."))
            .WithName("GetStrategy").WithSummary("One strategy with its positions, open orders and recent fills.")
            .Produces<StrategyDetailView>().ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiKeyDefaults.ViewerPolicy);

        strategies.MapPost("/", Deploy)
            .WithName("DeployStrategy").WithSummary("Deploys a new strategy from a script (compiled and validated by the engine).")
            .Produces<CommandResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new AuditActionAttribute("strategy.deploy")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

        strategies.MapPut("/{id}/script", Upload)
            .WithName("UploadStrategyScript").WithSummary("Replaces a strategy's script (hot reload; a script that does not compile is refused with 422).")
            .Produces<CommandResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new AuditActionAttribute("strategy.upload")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

        MapLifecycle(strategies, "start", TradingCommandKind.Start, "Starts a stopped strategy.");
        MapLifecycle(strategies, "stop", TradingCommandKind.Stop, "Stops a strategy (its open orders are canceled).");
        MapLifecycle(strategies, "pause", TradingCommandKind.Pause, "Pauses a running strategy.");
        MapLifecycle(strategies, "resume", TradingCommandKind.Resume, "Resumes a paused strategy.");
        MapLifecycle(strategies, "reload", TradingCommandKind.Reload, "Reloads a strategy's current script.");

        strategies.MapPut("/{id}/trading-state", (string id, TradingStateRequest body, HttpContext context, CommandRunner runner) =>
                SetTradingState(id, body, context, runner))
            .WithName("SetStrategyTradingState").WithSummary("Sets one strategy's trading state (ACTIVE, REDUCING or HALTED).")
            .Produces<CommandResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new AuditActionAttribute("strategy.trading-state")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

        api.MapPut("/trading-state", (TradingStateRequest body, HttpContext context, CommandRunner runner) =>
                SetTradingState(null, body, context, runner))
            .WithTags("Host").WithName("SetHostTradingState").WithSummary("Sets the host-wide trading state (ACTIVE, REDUCING or HALTED).")
            .Produces<CommandResponse>().ProducesValidationProblem()
            .WithMetadata(new AuditActionAttribute("host.trading-state")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

        strategies.MapPost("/{id}/kill", (string id, KillRequest body, HttpContext context, CommandRunner runner) =>
                Kill(id, body, context, runner))
            .WithName("KillStrategy").WithSummary("Kill switch for one strategy: cancel its orders, optionally flatten, then halt.")
            .Produces<CommandResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new AuditActionAttribute("strategy.kill")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

        api.MapPost("/kill", (KillRequest body, HttpContext context, CommandRunner runner) => Kill(null, body, context, runner))
            .WithTags("Host").WithName("KillAll").WithSummary("Kill switch for every strategy: cancel all orders, optionally flatten, then halt.")
            .Produces<CommandResponse>().ProducesValidationProblem()
            .WithMetadata(new AuditActionAttribute("host.kill")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);
    }

    private static void MapLifecycle(RouteGroupBuilder strategies, string verb, TradingCommandKind kind, string summary) =>
        strategies.MapPost($"/{{id}}/{verb}", (string id, HttpContext context, CommandRunner runner) =>
                runner.RunAsync(context, new TradingCommand(kind, id, CommandRunner.Actor(context))))
            .WithName($"{kind}Strategy").WithSummary(summary)
            .Produces<CommandResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new AuditActionAttribute($"strategy.{verb}")).RequireAuthorization(ApiKeyDefaults.TraderPolicy);

    private static async Task<IResult> Deploy(DeployRequest body, HttpContext context, CommandRunner runner)
    {
        var errors = new Dictionary<string, string[]>();
        string fileName = body.FileName?.Trim() ?? "";
        if (fileName.Length == 0)
            errors["fileName"] = ["A script file name is required (e.g. SmaCross.cs or RsiReversion.js)."];
        else if (!RequestValidation.IsScriptFileName(fileName))
            errors["fileName"] = [$"'{fileName}' is not a script file name: it must end in .cs or .js and have no folder."];
        if (string.IsNullOrWhiteSpace(body.Source))
            errors["source"] = ["The script source is required."];
        var symbols = body.Symbols ?? [];
        if (symbols.Count == 0)
            errors["symbols"] = ["At least one symbol is required."];
        else if (symbols.FirstOrDefault(s => string.IsNullOrWhiteSpace(s) || s.Any(c => char.IsWhiteSpace(c) || c == ',')) is { } bad)
            errors["symbols"] = [$"'{bad}' is not a symbol (empty, or contains white space or a comma)."];
        if (body.StartingCash is not { } cash || cash <= 0m)
            errors["startingCash"] = ["The starting cash must be a positive amount."];
        string id = body.Id?.Trim() is { Length: > 0 } given ? given : RequestValidation.IdFromFileName(fileName);
        if (!errors.ContainsKey("fileName") && !RequestValidation.IdPattern().IsMatch(id))
            errors["id"] = [$"'{id}' is not a strategy id: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit."];
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);

        var script = new StrategyScript(fileName, body.Source!, symbols.Select(s => s.Trim()).ToList(),
            body.Parameters ?? new Dictionary<string, string>(), body.StartingCash!.Value);
        var command = new TradingCommand(TradingCommandKind.Deploy, id, CommandRunner.Actor(context)) { Script = script };
        return await runner.RunAsync(context, command, response => Results.Created($"/api/strategies/{Uri.EscapeDataString(id)}", response));
    }

    private static async Task<IResult> Upload(string id, UploadScriptRequest body, HttpContext context, CommandRunner runner, ITradingHost host)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Source))
            errors["source"] = ["The script source is required."];
        string? fileName = body.FileName?.Trim() is { Length: > 0 } given ? given : Find(host, id)?.FileName;
        if (fileName is null)
            return ApiProblems.NotFound($"No strategy '{id}'.");
        if (!RequestValidation.IsScriptFileName(fileName))
            errors["fileName"] = [$"'{fileName}' is not a script file name: it must end in .cs or .js and have no folder."];
        if (errors.Count > 0)
            return ApiProblems.Validation(errors);
        var script = new StrategyScript(fileName, body.Source!, [], new Dictionary<string, string>(), 0m);
        return await runner.RunAsync(context, new TradingCommand(TradingCommandKind.Upload, id, CommandRunner.Actor(context)) { Script = script });
    }

    private static async Task<IResult> SetTradingState(string? id, TradingStateRequest body, HttpContext context, CommandRunner runner)
    {
        if (!RequestValidation.TryParseTradingState(body.State, out var state))
            return ApiProblems.Validation("state", $"'{body.State}' is not a trading state: use ACTIVE, REDUCING or HALTED.");
        var command = new TradingCommand(TradingCommandKind.SetTradingState, id, CommandRunner.Actor(context)) { State = state };
        return await runner.RunAsync(context, command);
    }

    private static async Task<IResult> Kill(string? id, KillRequest body, HttpContext context, CommandRunner runner)
    {
        if (body.Flatten is not { } flatten)
            return ApiProblems.Validation("flatten", "Say whether to flatten positions: { \"flatten\": true } or { \"flatten\": false }.");
        var command = new TradingCommand(TradingCommandKind.Kill, id, CommandRunner.Actor(context)) { Flatten = flatten };
        return await runner.RunAsync(context, command);
    }

    internal static StrategySnapshot? Find(ITradingHost host, string id) =>
        host.Current.Strategies.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
