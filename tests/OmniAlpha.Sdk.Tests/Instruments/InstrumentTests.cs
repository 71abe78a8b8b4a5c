using OmniAlpha.Sdk.Instruments;

namespace OmniAlpha.Sdk.Tests.Instruments;

public class InstrumentTests
{
    [Fact]
    public void A_us_equity_trades_in_cents_and_whole_shares_in_new_york_time()
    {
        var spy = Instrument.UsEquity("SPY");
        Assert.Equal(2, spy.PricePrecision);
        Assert.Equal(0, spy.QuantityPrecision);
        Assert.Equal("America/New_York", spy.TimeZone);
        Assert.Equal(new TimeOnly(16, 0), spy.SessionClose);
    }

    [Fact]
    public void Quantities_round_down_to_whole_lots_and_prices_to_the_nearest_tick()
    {
        var future = Instrument.UsEquity("ES") with { TickSize = 0.25m, LotSize = 1m, Multiplier = 50m };
        Assert.Equal(4000.25m, future.RoundToTick(4000.3m));
        Assert.Equal(4000.50m, future.RoundToTick(4000.375m));
        var crypto = Instrument.UsEquity("BTCUSD") with { AssetClass = AssetClass.Crypto, LotSize = 0.001m };
        Assert.Equal(1.234m, crypto.RoundDownToLot(1.2349m));
        Assert.True(crypto.IsValidQuantity(0.005m));
        Assert.False(crypto.IsValidQuantity(0.0005m));
        Assert.Equal(3, crypto.QuantityPrecision);
    }
}
