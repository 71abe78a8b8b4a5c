using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>H: run one strategy callback. Carries the engine state every callback needs, and its payload.</summary>
[MessagePackObject]
public sealed class CallbackMessage
{
    /// <summary>Engine time (<see cref="SdkMapping.ToWire"/>).</summary>
    [Key(0)] public long UtcNow { get; set; }
    /// <summary>Whether the run is warming up.</summary>
    [Key(1)] public bool IsWarmingUp { get; set; }
    /// <summary>Bar of an OnBar callback.</summary>
    [Key(2)] public BarDto? Bar { get; set; }
    /// <summary>The position in the bar's symbol as of the callback (saves the usual first request).</summary>
    [Key(3)] public PositionDto? Position { get; set; }
    /// <summary>Event of an OnOrderEvent callback.</summary>
    [Key(4)] public OrderEventDto? OrderEvent { get; set; }
    /// <summary>Worker-side id of a scheduled callback.</summary>
    [Key(5)] public int CallbackId { get; set; }
    /// <summary>Run facts of an OnStart callback.</summary>
    [Key(6)] public StartPayload? Start { get; set; }
}
