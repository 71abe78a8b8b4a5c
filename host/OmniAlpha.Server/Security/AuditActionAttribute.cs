namespace OmniAlpha.Server.Security;

/// <summary>Endpoint metadata naming the action an audited call records (e.g. "strategy.pause").</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AuditActionAttribute(string action) : Attribute
{
    /// <summary>The action's name.</summary>
    public string Action { get; } = action;
}
