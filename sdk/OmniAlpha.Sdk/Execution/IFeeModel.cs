namespace OmniAlpha.Sdk.Execution;

/// <summary>Computes the commission charged for a fill, in the instrument's quote currency.</summary>
public interface IFeeModel
{
    /// <summary>Returns the commission (&gt;= 0) for the fill described by <paramref name="context"/>.</summary>
    decimal GetCommission(in FeeContext context);
}
