using Jint;
using Jint.Native;
using OmniAlpha.Sdk.Portfolio;

namespace OmniAlpha.Scripting.JavaScript.Api;

/// <summary>Snapshots of the account and its positions as plain JavaScript objects (money as numbers).</summary>
internal static class PortfolioViews
{
    /// <summary><c>{ cash, equity, grossExposure, netExposure, buyingPower, realizedPnl, unrealizedPnl, totalCommission,
    /// totalSlippage, positions: [position...] }</c>.</summary>
    public static JsObject Portfolio(Engine engine, IPortfolio portfolio)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("cash", JsInterop.Number(portfolio.Cash));
        o.FastSetDataProperty("equity", JsInterop.Number(portfolio.Equity));
        o.FastSetDataProperty("grossExposure", JsInterop.Number(portfolio.GrossExposure));
        o.FastSetDataProperty("netExposure", JsInterop.Number(portfolio.NetExposure));
        o.FastSetDataProperty("buyingPower", JsInterop.Number(portfolio.BuyingPower));
        o.FastSetDataProperty("realizedPnl", JsInterop.Number(portfolio.RealizedPnl));
        o.FastSetDataProperty("unrealizedPnl", JsInterop.Number(portfolio.UnrealizedPnl));
        o.FastSetDataProperty("totalCommission", JsInterop.Number(portfolio.TotalCommission));
        o.FastSetDataProperty("totalSlippage", JsInterop.Number(portfolio.TotalSlippage));
        var positions = portfolio.Positions;
        var items = new JsValue[positions.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Position(engine, positions[i]);
        o.FastSetDataProperty("positions", new JsArray(engine, items));
        return o;
    }

    /// <summary><c>{ symbol, quantity, averageCost, costBasis, lastPrice, marketValue, unrealizedPnl, realizedPnl, commission,
    /// isFlat, isLong, isShort }</c>.</summary>
    public static JsObject Position(Engine engine, IPosition position)
    {
        var o = new JsObject(engine);
        o.FastSetDataProperty("symbol", new JsString(position.Symbol.Value));
        o.FastSetDataProperty("quantity", JsInterop.Number(position.Quantity));
        o.FastSetDataProperty("averageCost", JsInterop.Number(position.AverageCost));
        o.FastSetDataProperty("costBasis", JsInterop.Number(position.CostBasis));
        o.FastSetDataProperty("lastPrice", JsInterop.Number(position.LastPrice));
        o.FastSetDataProperty("marketValue", JsInterop.Number(position.MarketValue));
        o.FastSetDataProperty("unrealizedPnl", JsInterop.Number(position.UnrealizedPnl));
        o.FastSetDataProperty("realizedPnl", JsInterop.Number(position.RealizedPnl));
        o.FastSetDataProperty("commission", JsInterop.Number(position.Commission));
        o.FastSetDataProperty("isFlat", position.IsFlat ? JsBoolean.True : JsBoolean.False);
        o.FastSetDataProperty("isLong", position.IsLong ? JsBoolean.True : JsBoolean.False);
        o.FastSetDataProperty("isShort", position.IsShort ? JsBoolean.True : JsBoolean.False);
        return o;
    }
}
