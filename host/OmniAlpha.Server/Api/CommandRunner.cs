using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Views;

namespace OmniAlpha.Server.Api;

/// <summary>
/// Sends a <see cref="TradingCommand"/> to the engine on behalf of the caller and turns its <see cref="CommandResult"/>
/// into an HTTP answer: NotFound 404, Conflict 409, Invalid 422 (with the script's file:line:col diagnostics),
/// Unavailable 503, no answer within <see cref="ServerOptions.CommandTimeout"/> 504.
/// </summary>
internal sealed class CommandRunner(ITradingHost host, IOptions<ServerOptions> options)
{
    public async Task<IResult> RunAsync(HttpContext context, TradingCommand command, Func<CommandResponse, IResult>? onSuccess = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.Value.CommandTimeout);
        CommandResult result;
        try
        {
            result = await host.ExecuteAsync(command, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return Results.Problem(statusCode: StatusCodes.Status504GatewayTimeout, title: "Gateway Timeout",
                detail: $"The engine did not apply the {command.Kind} command within {options.Value.CommandTimeout.TotalSeconds:0.#} s; " +
                        "it may still take effect at a later time step.");
        }
        var response = new CommandResponse(command.Kind, command.StrategyId);
        if (result.Succeeded)
            return onSuccess?.Invoke(response) ?? Results.Ok(response);
        return Problem(command, result);
    }

    /// <summary>The caller's name: the actor the engine journals and the audit log records.</summary>
    public static string Actor(HttpContext context) => context.User.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

    private static IResult Problem(TradingCommand command, CommandResult result)
    {
        string detail = string.IsNullOrWhiteSpace(result.Error) ? $"The {command.Kind} command was not applied." : result.Error;
        return result.ErrorKind switch
        {
            CommandErrorKind.NotFound => ApiProblems.NotFound(detail),
            CommandErrorKind.Invalid => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The script was rejected", detail: detail,
                extensions: new Dictionary<string, object?> { ["diagnostics"] = Diagnostics(detail) }),
            CommandErrorKind.Unavailable => ApiProblems.Unavailable(detail),
            // Conflict, and a failure the engine did not classify: the command is not possible in the current state.
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail),
        };
    }

    /// <summary>The error's lines, one diagnostic each (the engine lists them as "file:line:col: message").</summary>
    private static string[] Diagnostics(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
