using LiteDB;
using OmniAlpha.Kernel.Live.Journal;
using static OmniAlpha.Persistence.Documents.DocumentFields;

namespace OmniAlpha.Persistence.Documents;

/// <summary>
/// The journal's record types as documents. Every document carries "s" (strategy id), "ord" (commit position, see
/// <see cref="DocumentKeys.Ordinal"/>) and "sk" (strategy key + ord; indexed where one strategy's records are paged).
/// </summary>
internal static class JournalRecordDocuments
{
    public static BsonDocument ScriptVersion(ScriptVersionRecord r, long ord)
    {
        var parameters = new BsonArray();
        foreach (var (key, value) in r.Parameters) parameters.Add(new BsonDocument { ["k"] = key, ["v"] = value });
        var symbols = new BsonArray();
        foreach (string symbol in r.Symbols) symbols.Add(symbol);
        return WithKeys(new BsonDocument
        {
            ["_id"] = DocumentKeys.Composite(r.StrategyId, r.Version),
            ["version"] = r.Version,
            ["language"] = r.Language,
            ["fileName"] = r.FileName,
            ["source"] = r.Source,
            ["sourceHash"] = r.SourceHash,
            ["parameters"] = parameters,
            ["symbols"] = symbols,
            ["startingCash"] = r.StartingCash,
            ["createdTicks"] = Time(r.CreatedUtc),
        }, r.StrategyId, ord);
    }

    public static ScriptVersionRecord ScriptVersion(BsonDocument d)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Array(d, "parameters"))
        {
            var pair = item.IsDocument ? item.AsDocument : throw new InvalidDataException("field 'parameters' holds a non-document item");
            parameters[String(pair, "k")] = String(pair, "v");
        }
        var symbols = Array(d, "symbols").Select(s => s.IsString ? s.AsString : throw new InvalidDataException("field 'symbols' holds a non-string item")).ToList();
        return new ScriptVersionRecord(String(d, "s"), Int32(d, "version"), String(d, "language"), String(d, "fileName"),
            String(d, "source"), String(d, "sourceHash"), parameters, symbols, Decimal(d, "startingCash"), Time(d, "createdTicks"));
    }

    public static BsonDocument Lifecycle(LifecycleRecord r, long ord) => new()
    {
        // Host-wide commands have no strategy: "s" is null and they appear only in unfiltered pages.
        ["_id"] = ord,
        ["ord"] = ord,
        ["s"] = Nullable(r.StrategyId),
        ["sk"] = r.StrategyId is null ? BsonValue.Null : SortKey(r.StrategyId, ord),
        ["dataTicks"] = Time(r.DataTimeUtc),
        ["action"] = Enum(r.Action),
        ["argument"] = Nullable(r.Argument),
        ["actor"] = r.Actor,
        ["wallTicks"] = Time(r.WallTimeUtc),
    };

    public static LifecycleRecord Lifecycle(BsonDocument d) =>
        new(NullableString(d, "s"), Time(d, "dataTicks"), Enum<LifecycleAction>(d, "action"), NullableString(d, "argument"),
            String(d, "actor"), Time(d, "wallTicks"));

    public static BsonDocument Order(OrderRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = DocumentKeys.Composite(r.StrategyId, r.Order.ClientOrderId),
        ["order"] = OrderDocument.ToDocument(r.Order),
    }, r.StrategyId, ord);

    public static OrderRecord Order(BsonDocument d) => new(String(d, "s"), OrderDocument.FromDocument(Document(d, "order")));

    public static BsonDocument Event(OrderEventRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = ord,
        ["uk"] = DocumentKeys.Composite(r.StrategyId, r.Sequence),
        ["sequence"] = r.Sequence,
        ["event"] = OrderEventDocument.ToDocument(r.Event),
    }, r.StrategyId, ord);

    public static OrderEventRecord Event(BsonDocument d) =>
        new(String(d, "s"), Int64(d, "sequence"), OrderEventDocument.FromDocument(Document(d, "event")));

    public static BsonDocument Fill(FillRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = ord,
        ["uk"] = DocumentKeys.Composite(r.StrategyId, r.Fill.FillId),
        ["fill"] = FillDocument.ToDocument(r.Fill),
    }, r.StrategyId, ord);

    public static FillRecord Fill(BsonDocument d) => new(String(d, "s"), FillDocument.FromDocument(Document(d, "fill")));

    public static BsonDocument Cash(CashLedgerRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = ord,
        ["sequence"] = r.Sequence,
        ["timeTicks"] = Time(r.TimeUtc),
        ["amount"] = r.Amount,
        ["balance"] = r.Balance,
        ["reason"] = r.Reason,
        ["fillId"] = Nullable(r.FillId),
    }, r.StrategyId, ord);

    public static CashLedgerRecord Cash(BsonDocument d) =>
        new(String(d, "s"), Int64(d, "sequence"), Time(d, "timeTicks"), Decimal(d, "amount"), Decimal(d, "balance"),
            String(d, "reason"), NullableInt64(d, "fillId"));

    public static BsonDocument Position(PositionRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = DocumentKeys.Composite(r.StrategyId, r.Symbol),
        ["symbol"] = r.Symbol,
        ["quantity"] = r.Quantity,
        ["averageCost"] = r.AverageCost,
        ["realizedPnl"] = r.RealizedPnl,
        ["timeTicks"] = Time(r.TimeUtc),
    }, r.StrategyId, ord);

    public static PositionRecord Position(BsonDocument d) =>
        new(String(d, "s"), String(d, "symbol"), Decimal(d, "quantity"), Decimal(d, "averageCost"), Decimal(d, "realizedPnl"),
            Time(d, "timeTicks"));

    /// <summary>An amendment journaled before it was sent (write-ahead); each field absent from the amendment stays null.</summary>
    public static BsonDocument Amendment(OrderAmendmentRecord r, long ord) => WithKeys(new BsonDocument
    {
        ["_id"] = ord,
        ["clientOrderId"] = r.ClientOrderId,
        ["dataTicks"] = Time(r.DataTimeUtc),
        ["quantity"] = Nullable(r.Amendment.Quantity),
        ["limitPrice"] = Nullable(r.Amendment.LimitPrice),
        ["stopPrice"] = Nullable(r.Amendment.StopPrice),
    }, r.StrategyId, ord);

    public static OrderAmendmentRecord Amendment(BsonDocument d) =>
        new(String(d, "s"), String(d, "clientOrderId"), Time(d, "dataTicks"),
            new OmniAlpha.Sdk.Orders.OrderAmendment(NullableDecimal(d, "quantity"), NullableDecimal(d, "limitPrice"), NullableDecimal(d, "stopPrice")));

    /// <summary>
    /// A checkpoint. "tk" (strategy, data time, ord) is indexed: an equity curve between two times is one range of it.
    /// <paramref name="id"/> is the ord for the appended curve and the strategy id for the latest-per-strategy copy.
    /// </summary>
    public static BsonDocument Checkpoint(StrategyCheckpointRecord r, long ord, BsonValue id) => WithKeys(new BsonDocument
    {
        ["_id"] = id,
        ["tk"] = CurveKey(r.StrategyId, Ticks(r.DataTimeUtc), ord),
        ["dataTicks"] = Time(r.DataTimeUtc),
        ["cash"] = r.Cash,
        ["equity"] = r.Equity,
        ["state"] = Nullable(r.PersistedState),
    }, r.StrategyId, ord);

    public static StrategyCheckpointRecord Checkpoint(BsonDocument d) =>
        new(String(d, "s"), Time(d, "dataTicks"), Decimal(d, "cash"), Decimal(d, "equity"), NullableBinary(d, "state"));

    /// <summary>The equity-curve key: strategy, data time ticks, ord.</summary>
    public static string CurveKey(string strategyId, long dataTicks, long ord) => DocumentKeys.Composite(strategyId, dataTicks, ord);

    /// <summary>The per-strategy sort key: strategy + ord.</summary>
    public static string SortKey(string strategyId, long ord) => DocumentKeys.Composite(strategyId, ord);

    private static BsonDocument WithKeys(BsonDocument doc, string strategyId, long ord)
    {
        doc["s"] = strategyId;
        doc["ord"] = ord;
        doc["sk"] = SortKey(strategyId, ord);
        return doc;
    }
}
