namespace OmniAlpha.Persistence;

/// <summary>Names of the collections in the store file.</summary>
internal static class StoreCollections
{
    public const string Schema = "schema";
    public const string ScriptVersions = "script_versions";
    public const string Lifecycle = "lifecycle";
    public const string Orders = "orders";
    public const string OrderEvents = "order_events";
    public const string Fills = "fills";
    public const string CashLedger = "cash_ledger";
    public const string Positions = "positions";
    /// <summary>Every checkpoint: the equity curve.</summary>
    public const string Amendments = "order_amendments";
    public const string Checkpoints = "checkpoints";
    /// <summary>The latest checkpoint of each strategy (written with the curve, so a start reads one document per strategy).</summary>
    public const string LatestCheckpoints = "checkpoints_latest";
    public const string Batches = "batches";
    public const string Audit = "audit";
    public const string ApiKeys = "api_keys";
    public const string Secrets = "secrets";
}
