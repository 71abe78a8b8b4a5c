namespace OmniAlpha.Kernel.Live;

/// <summary>A command waiting for the engine thread, and the caller waiting for its outcome.</summary>
internal sealed record PendingCommand(TradingCommand Command, TaskCompletionSource<CommandResult> Outcome);
