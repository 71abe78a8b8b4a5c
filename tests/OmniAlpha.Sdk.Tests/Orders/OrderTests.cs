using OmniAlpha.Sdk.Orders;

namespace OmniAlpha.Sdk.Tests.Orders;

public class OrderTests
{
    [Fact]
    public void Remaining_quantity_and_average_fill_price_follow_the_fills_exactly()
    {
        var order = new Order(1, "S-1", "A", OrderSide.Sell, OrderType.Limit, 300m, DateTime.UnixEpoch)
        {
            FilledQuantity = 200m,
            FilledValue = 100m * 10.01m + 100m * 10.02m,
            Status = OrderStatus.PartiallyFilled,
        };
        Assert.Equal(100m, order.RemainingQuantity);
        Assert.Equal(10.015m, order.AverageFillPrice);
        Assert.Equal(-300m, order.SignedQuantity);
        Assert.True(order.IsOpen);
    }

    [Theory]
    [InlineData(OrderStatus.Filled, true)]
    [InlineData(OrderStatus.Canceled, true)]
    [InlineData(OrderStatus.Rejected, true)]
    [InlineData(OrderStatus.Expired, true)]
    [InlineData(OrderStatus.Submitted, false)]
    [InlineData(OrderStatus.Accepted, false)]
    [InlineData(OrderStatus.PartiallyFilled, false)]
    [InlineData(OrderStatus.CancelRequested, false)]
    public void Terminal_states_are_exactly_filled_canceled_rejected_and_expired(OrderStatus status, bool terminal) =>
        Assert.Equal(terminal, status.IsTerminal());

    [Fact]
    public void Events_expose_their_order_and_kind()
    {
        var order = new Order(7, "S-7", "A", OrderSide.Buy, OrderType.Market, 1m, DateTime.UnixEpoch);
        OrderEvent e = new OrderRejected(order, DateTime.UnixEpoch, RejectReason.InvalidQuantity, "no");
        Assert.Equal(7, e.OrderId);
        Assert.Equal("Rejected", e.Kind);
        Assert.Equal(new OmniAlpha.Sdk.Instruments.Symbol("A"), e.Symbol);
    }
}
