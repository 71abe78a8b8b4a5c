namespace OmniAlpha.Kernel.Engine;

/// <summary>A strategy callback threw: names the strategy, the callback and the engine time.</summary>
public sealed class StrategyRuntimeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StrategyRuntimeException(string strategy, string callback, DateTime time, Exception inner)
        : base($"strategy {strategy} failed in {callback} {Results.StrategyFailure.DescribeTime(time)}: {inner.GetType().Name}: {inner.Message}", inner)
    {
        Strategy = strategy;
        Callback = callback;
        Time = time;
    }

    /// <summary>Name of the failing strategy.</summary>
    public string Strategy { get; }

    /// <summary>Callback that threw (e.g. <c>OnBar</c>).</summary>
    public string Callback { get; }

    /// <summary>Engine time (UTC) when it threw.</summary>
    public DateTime Time { get; }
}
