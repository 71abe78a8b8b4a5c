using MessagePack;

namespace OmniAlpha.Isolation.Protocol.Messages;

/// <summary>Account settings on the wire.</summary>
[MessagePackObject]
public sealed class AccountDto
{
    /// <summary>Starting cash.</summary>
    [Key(0)] public decimal StartingCash { get; set; }
    /// <summary>Account type.</summary>
    [Key(1)] public int Type { get; set; }
    /// <summary>Leverage.</summary>
    [Key(2)] public decimal Leverage { get; set; }
    /// <summary>Currency.</summary>
    [Key(3)] public string Currency { get; set; } = "";
}
