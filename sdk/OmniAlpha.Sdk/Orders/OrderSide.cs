namespace OmniAlpha.Sdk.Orders;

/// <summary>Direction of an order or fill.</summary>
public enum OrderSide
{
    /// <summary>Buy: increases a long or reduces a short.</summary>
    Buy,
    /// <summary>Sell: reduces a long or opens/increases a short.</summary>
    Sell,
}
