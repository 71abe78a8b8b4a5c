using System.Globalization;
using OmniAlpha.Kernel.Engine;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Why and when a strategy was stopped, and what the open-order policy did. Holds text only, never the exception
/// itself: an exception of a type defined by a script would keep the script's collectible load context alive.
/// </summary>
public sealed record StrategyFailure
{
    /// <summary>Name of the stopped strategy.</summary>
    public required string Strategy { get; init; }

    /// <summary>The callback that failed: <c>OnStart</c>, <c>OnBar</c>, <c>OnOrderEvent</c>, <c>scheduled callback</c> or <c>OnEnd</c>.</summary>
    public required string Callback { get; init; }

    /// <summary>Engine time (UTC) of the failure; <c>default</c> when it happened before the first bar.</summary>
    public required DateTime Time { get; init; }

    /// <summary>Simple name of the exception type, e.g. <c>InvalidOperationException</c> or <c>ScriptBudgetExceededException</c>.</summary>
    public required string ErrorType { get; init; }

    /// <summary>The exception's message.</summary>
    public required string Message { get; init; }

    /// <summary>The exceeded budget when a guarded script breached one; null for any other exception.</summary>
    public ScriptBudgetKind? Budget { get; init; }

    /// <summary>The breached budget's limit with its unit (e.g. <c>100 ms</c>); null when no budget was breached.</summary>
    public string? BudgetLimit { get; init; }

    /// <summary>
    /// What the script had used when it was stopped, with its unit. Time and allocation budgets are measurements and
    /// vary from run to run; a call-depth breach is exact.
    /// </summary>
    public string? BudgetUsed { get; init; }

    /// <summary>
    /// True when the error is an <see cref="ArgumentException"/> or <see cref="FormatException"/>: the strategy rejected a
    /// value it was given (in <c>OnStart</c>, typically one of its parameters).
    /// </summary>
    public bool IsArgumentError { get; init; }

    /// <summary>The open-order policy that was applied.</summary>
    public required StrategyFailurePolicy Policy { get; init; }

    /// <summary>Ids of the working orders the policy canceled, in id order (empty for <see cref="StrategyFailurePolicy.Leave"/>).</summary>
    public required IReadOnlyList<long> CanceledOrderIds { get; init; }

    /// <summary>Ids of the market orders <see cref="StrategyFailurePolicy.Flatten"/> placed to close positions, in symbol order of the run.</summary>
    public required IReadOnlyList<long> ClosingOrderIds { get; init; }

    /// <summary>The exception with its stack trace (for <c>--verbose</c> and logs; not part of the reports).</summary>
    public required string Details { get; init; }

    /// <summary><c>ErrorType: Message</c>.</summary>
    public string Reason => ErrorType + ": " + Message;

    /// <summary>One line: <c>strategy NAME failed in CALLBACK at TIME: TYPE: MESSAGE</c> (the same as <see cref="StrategyRuntimeException"/>).</summary>
    public string Describe() => $"strategy {Strategy} failed in {Callback} {DescribeTime(Time)}: {Reason}";

    /// <summary><c>at 2024-01-02T21:00:00Z</c>, or <c>before the first bar</c>.</summary>
    internal static string DescribeTime(DateTime time) =>
        time == default ? "before the first bar" : "at " + time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
