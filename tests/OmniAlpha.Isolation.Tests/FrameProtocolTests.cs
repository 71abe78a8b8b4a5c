using System.Buffers.Binary;
using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;
using OmniAlpha.Sdk.Instruments;
using OmniAlpha.Sdk.Market;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Isolation.Tests.Support;

namespace OmniAlpha.Isolation.Tests;

/// <summary>Frames are length-prefixed MessagePack; anything malformed is a clear <see cref="ProtocolException"/>, never a wrong value.</summary>
public sealed class FrameProtocolTests
{
    [Fact]
    public void A_frame_round_trips_with_its_type_and_body()
    {
        var stream = new MemoryStream();
        new FrameWriter(stream).Write(MessageType.GetParameter, new NameValue { Name = "fast" });
        new FrameWriter(stream).Write(MessageType.CallbackDone);
        stream.Position = 0;
        var reader = new FrameReader(stream);

        Assert.True(reader.TryRead(out var first));
        Assert.Equal(MessageType.GetParameter, first.Type);
        Assert.Equal("fast", first.Read<NameValue>().Name);
        Assert.True(reader.TryRead(out var second));
        Assert.Equal((MessageType.CallbackDone, 0), (second.Type, second.Body.Length));
        Assert.False(reader.TryRead(out _)); // clean end between frames
    }

    [Theory]
    [InlineData("1.50")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("100.000")]
    public void Decimals_cross_exactly_with_their_scale(string text)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var bar = new Bar(new Symbol("ALFA"), new DateTime(2020, 1, 2, 21, 0, 0, DateTimeKind.Utc), value, value, value, value, value);

        var back = SdkMapping.FromDto(RoundTrip(SdkMapping.ToDto(in bar)));

        Assert.Equal(text, back.Close.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, back.EndTime.Kind);
        Assert.Equal(bar.EndTime, back.EndTime);
    }

    [Fact]
    public void Order_events_cross_as_the_same_records()
    {
        var order = new Order(7, "S-7", new Symbol("ALFA"), OrderSide.Sell, OrderType.StopLimit, 10m, new DateTime(2020, 1, 2, 21, 0, 0, DateTimeKind.Utc))
        {
            StopPrice = 9.5m, LimitPrice = 9.40m, Tag = "exit", OcoGroup = "b1", Status = OrderStatus.Filled,
            FilledQuantity = 10m, FilledValue = 94.00m, Commission = 1m, LastUpdateTime = new DateTime(2020, 1, 3, 21, 0, 0, DateTimeKind.Utc),
        };
        var fill = new Fill(3, 7, "S-7", new Symbol("ALFA"), order.LastUpdateTime, OrderSide.Sell, 10m, 9.40m, 1m, 0.01m, Liquidity.Taker);
        OrderEvent[] events =
        [
            new OrderFilled(order, order.LastUpdateTime, fill),
            new OrderRejected(order, order.CreatedTime, RejectReason.InsufficientBuyingPower, "needs 94"),
            new OrderCanceled(order, order.CreatedTime, "oco"),
            new OrderAccepted(order, order.CreatedTime),
        ];

        foreach (var e in events) Assert.Equal(e, SdkMapping.FromDto(RoundTrip(SdkMapping.ToDto(e))));
    }

    [Fact]
    public void A_length_over_the_limit_is_refused_before_anything_is_allocated()
    {
        var error = Assert.Throws<ProtocolException>(() => ReadOne(Prefix(uint.MaxValue)));
        Assert.Contains("exceeds the protocol limit", error.Message);
    }

    [Fact]
    public void A_zero_length_frame_is_malformed()
    {
        Assert.Contains("length 0", Assert.Throws<ProtocolException>(() => ReadOne(Prefix(0))).Message);
    }

    [Fact]
    public void A_stream_that_ends_inside_a_frame_is_a_truncated_frame()
    {
        byte[] bytes = [.. Prefix(10), (byte)MessageType.Log, 0x92];
        Assert.Contains("truncated frame: the stream ended after 2 of 10 bytes", Assert.Throws<ProtocolException>(() => ReadOne(bytes)).Message);
        Assert.Contains("truncated frame", Assert.Throws<ProtocolException>(() => ReadOne([1, 0])).Message);
    }

    [Fact]
    public void A_body_that_is_not_the_expected_message_names_the_frame_type_and_message()
    {
        byte[] bytes = [.. Prefix(3), (byte)MessageType.Reply, 0xc1, 0xc1]; // 0xc1 is never valid MessagePack
        var frame = ReadOne(bytes);

        var error = Assert.Throws<ProtocolException>(() => frame.Read<PortfolioDto>());

        Assert.StartsWith("malformed Reply frame: PortfolioDto body cannot be read", error.Message);
    }

    [Fact]
    public void A_decimal_with_invalid_bits_is_malformed_not_a_wrong_number()
    {
        // fixarray(1) [ fixarray(4) [0, 0, 0, flags with scale 29 (> 28)] ]
        byte[] dto = [0x91, 0x94, 0x00, 0x00, 0x00, 0xce, 0x00, 0x1d, 0x00, 0x00];
        byte[] bytes = [.. Prefix(dto.Length + 1), (byte)MessageType.Reply, .. dto];

        var error = Assert.Throws<ProtocolException>(() => ReadOne(bytes).Read<DecimalHolder>());

        Assert.Contains("invalid decimal bits", error.Message);
    }

    [Fact]
    public void An_unknown_frame_type_is_named_by_its_number()
    {
        var frame = ReadOne([.. Prefix(1), 0xEE]);
        Assert.Equal("unexpected unknown type 238 frame at the start (expected Hello)",
            Assert.Throws<ProtocolException>(() => frame.Expect(MessageType.Hello, "at the start")).Message);
    }

    private static T RoundTrip<T>(T value)
    {
        var stream = new MemoryStream();
        new FrameWriter(stream).Write(MessageType.Reply, value);
        stream.Position = 0;
        return new FrameReader(stream).Read("in the test").Read<T>();
    }

    private static Frame ReadOne(byte[] bytes) => new FrameReader(new MemoryStream(bytes)).Read("in the test");

    private static byte[] Prefix(uint length)
    {
        var prefix = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(prefix, length);
        return prefix;
    }

    private static byte[] Prefix(int length) => Prefix((uint)length);
}
