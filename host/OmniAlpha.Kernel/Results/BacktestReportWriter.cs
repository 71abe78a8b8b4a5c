using System.Globalization;
using System.Text;
using System.Text.Json;
using OmniAlpha.Kernel.Formatting;
using OmniAlpha.Sdk.Orders;
using OmniAlpha.Sdk.Scripting;

namespace OmniAlpha.Kernel.Results;

/// <summary>
/// Writes a result to a folder: <c>trades.csv</c>, <c>orders.csv</c>, <c>fills.csv</c>, <c>equity.csv</c> and
/// <c>summary.json</c>. The column sets are a stable contract (documented in the README); columns are only
/// ever added at the end. Output is deterministic: same result, same bytes.
/// </summary>
public static class BacktestReportWriter
{
    /// <summary>Names of the files written, in writing order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["trades.csv", "orders.csv", "fills.csv", "equity.csv", "summary.json"];

    /// <summary>Writes every report file into <paramref name="directory"/> (created if needed).</summary>
    public static void Write(BacktestResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(directory);
        WriteTrades(result, Path.Combine(directory, "trades.csv"));
        WriteOrders(result, Path.Combine(directory, "orders.csv"));
        WriteFills(result, Path.Combine(directory, "fills.csv"));
        WriteEquity(result, Path.Combine(directory, "equity.csv"));
        File.WriteAllBytes(Path.Combine(directory, "summary.json"), SummaryJson(result));
    }

    private static void WriteTrades(BacktestResult result, string path)
    {
        using var csv = new CsvReportWriter(path, "symbol", "entry_time", "entry_price", "exit_time", "exit_price", "quantity",
            "pnl", "commission", "direction", "net_pnl");
        foreach (var t in result.Trades)
        {
            csv.Field(t.Symbol.Value).Field(ExactText.Format(t.EntryTime)).Field(ExactText.Format(t.EntryPrice))
               .Field(ExactText.Format(t.ExitTime)).Field(ExactText.Format(t.ExitPrice)).Field(ExactText.Format(t.Quantity))
               .Field(ExactText.Format(t.Pnl)).Field(ExactText.Format(t.Commission)).Field(t.IsLong ? "long" : "short")
               .Field(ExactText.Format(t.NetPnl));
            csv.EndRow();
        }
    }

    private static void WriteOrders(BacktestResult result, string path)
    {
        var reasons = new Dictionary<long, string>();
        foreach (var e in result.OrderEvents)
        {
            if (e is OrderRejected r) reasons[e.OrderId] = $"{r.Code}: {r.Reason}";
            else if (e is OrderCanceled c) reasons[e.OrderId] = c.Reason;
        }
        using var csv = new CsvReportWriter(path, "order_id", "client_order_id", "time", "symbol", "side", "type", "quantity",
            "limit_price", "stop_price", "trailing_offset", "time_in_force", "status", "filled_quantity", "average_fill_price",
            "commission", "last_update_time", "tag", "reason");
        foreach (var o in result.Orders)
        {
            csv.Field(o.OrderId.ToString(CultureInfo.InvariantCulture)).Field(o.ClientOrderId).Field(ExactText.Format(o.CreatedTime))
               .Field(o.Symbol.Value).Field(Lower(o.Side)).Field(Lower(o.Type)).Field(ExactText.Format(o.Quantity))
               .Field(ExactText.Format(o.LimitPrice)).Field(ExactText.Format(o.StopPrice))
               .Field(o.TrailingOffset is { } offset ? ExactText.Format(offset) + (o.TrailingType == TrailingType.Percent ? "%" : "") : "")
               .Field(o.TimeInForce.ToString().ToUpperInvariant()).Field(Lower(o.Status)).Field(ExactText.Format(o.FilledQuantity))
               .Field(o.FilledQuantity == 0m ? "" : ExactText.Format(decimal.Round(o.AverageFillPrice, 10, MidpointRounding.AwayFromZero)))
               .Field(ExactText.Format(o.Commission)).Field(ExactText.Format(o.LastUpdateTime)).Field(o.Tag ?? "")
               .Field(reasons.GetValueOrDefault(o.OrderId, ""));
            csv.EndRow();
        }
    }

    private static void WriteFills(BacktestResult result, string path)
    {
        using var csv = new CsvReportWriter(path, "time", "symbol", "side", "quantity", "price", "commission", "order_id",
            "fill_id", "client_order_id", "slippage", "liquidity");
        foreach (var f in result.Fills)
        {
            csv.Field(ExactText.Format(f.Time)).Field(f.Symbol.Value).Field(Lower(f.Side)).Field(ExactText.Format(f.Quantity))
               .Field(ExactText.Format(f.Price)).Field(ExactText.Format(f.Commission)).Field(f.OrderId.ToString(CultureInfo.InvariantCulture))
               .Field(f.FillId.ToString(CultureInfo.InvariantCulture)).Field(f.ClientOrderId).Field(ExactText.Format(f.Slippage))
               .Field(Lower(f.Liquidity));
            csv.EndRow();
        }
    }

    private static void WriteEquity(BacktestResult result, string path)
    {
        using var csv = new CsvReportWriter(path, "time", "cash", "equity");
        foreach (var p in result.EquityCurve)
        {
            csv.Field(ExactText.Format(p.Time)).Field(ExactText.Format(p.Cash)).Field(ExactText.Format(p.Equity));
            csv.EndRow();
        }
    }

    /// <summary>The <c>summary.json</c> document (UTF-8, indented, fixed key order).</summary>
    public static byte[] SummaryJson(BacktestResult result)
    {
        var s = result.Statistics;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("strategy", result.StrategyName);
            json.WriteStartArray("symbols");
            foreach (var symbol in result.Symbols) json.WriteStringValue(symbol.Value);
            json.WriteEndArray();
            json.WriteStartObject("parameters");
            foreach (var (name, value) in result.Parameters) json.WriteString(name, value);
            json.WriteEndObject();
            json.WriteString("start", result.EquityCurve.Count > 0 ? ExactText.Format(result.EquityCurve[0].Time) : null);
            json.WriteString("end", result.EquityCurve.Count > 0 ? ExactText.Format(result.EquityCurve[^1].Time) : null);
            json.WriteString("account_type", result.Account.Type.ToString().ToLowerInvariant());
            Money(json, "starting_cash", result.Account.StartingCash);
            Money(json, "final_cash", result.FinalCash);
            Money(json, "final_equity", s.FinalEquity);
            Money(json, "net_profit", s.NetProfit);
            Money(json, "realized_pnl", result.RealizedPnl);
            Money(json, "unrealized_pnl", result.UnrealizedPnl);
            Money(json, "total_commission", s.TotalCommission);
            Money(json, "total_slippage", s.TotalSlippage);
            Ratio(json, "total_return", s.TotalReturn);
            Ratio(json, "cagr", s.Cagr);
            Ratio(json, "annual_volatility", s.AnnualVolatility);
            Ratio(json, "sharpe", s.Sharpe);
            Ratio(json, "sortino", s.Sortino);
            Ratio(json, "max_drawdown", s.MaxDrawdown);
            Ratio(json, "max_drawdown_duration_days", s.MaxDrawdownDurationDays);
            json.WriteString("max_drawdown_peak", s.MaxDrawdownPeak is { } peak ? ExactText.Format(peak) : null);
            json.WriteString("max_drawdown_trough", s.MaxDrawdownTrough is { } trough ? ExactText.Format(trough) : null);
            json.WriteString("max_drawdown_recovery", s.MaxDrawdownRecovery is { } recovery ? ExactText.Format(recovery) : null);
            json.WriteNumber("trades", s.Trades);
            Ratio(json, "win_rate", s.WinRate);
            Ratio(json, "profit_factor", s.ProfitFactor);
            Ratio(json, "exposure", s.Exposure);
            Ratio(json, "annual_turnover", s.AnnualTurnover);
            json.WriteNumber("orders", result.Orders.Count);
            json.WriteNumber("rejected_orders", Count(result, OrderStatus.Rejected));
            json.WriteNumber("fills", result.Fills.Count);
            json.WriteNumber("bars", result.BarsProcessed);
            json.WriteString("orders_sha256", OrderListHash.Compute(result.Orders));
            WriteStopped(json, result.Failure);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary><c>"stopped": null</c> for a strategy that ran to the end, else when, where and why it was stopped.</summary>
    private static void WriteStopped(Utf8JsonWriter json, StrategyFailure? failure)
    {
        if (failure is null)
        {
            json.WriteNull("stopped");
            return;
        }
        json.WriteStartObject("stopped");
        json.WriteString("time", failure.Time == default ? null : ExactText.Format(failure.Time));
        json.WriteString("callback", failure.Callback);
        json.WriteString("reason", failure.Reason);
        json.WriteString("budget", failure.Budget is { } budget ? BudgetName(budget) : null);
        json.WriteString("budget_limit", failure.BudgetLimit);
        json.WriteString("budget_used", failure.BudgetUsed);
        json.WriteString("open_order_policy", Lower(failure.Policy));
        json.WriteStartArray("canceled_orders");
        foreach (long id in failure.CanceledOrderIds) json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteStartArray("closing_orders");
        foreach (long id in failure.ClosingOrderIds) json.WriteNumberValue(id);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The budget's name in reports: <c>callback_time</c>, <c>total_time</c>, <c>callback_allocation</c> or <c>call_depth</c>.</summary>
    public static string BudgetName(ScriptBudgetKind budget) => budget switch
    {
        ScriptBudgetKind.CallbackCpu => "callback_time",
        ScriptBudgetKind.TotalCpu => "total_time",
        ScriptBudgetKind.CallbackAllocation => "callback_allocation",
        ScriptBudgetKind.CallDepth => "call_depth",
        _ => throw new ArgumentOutOfRangeException(nameof(budget), budget, null),
    };

    private static int Count(BacktestResult result, OrderStatus status)
    {
        int n = 0;
        foreach (var o in result.Orders) if (o.Status == status) n++;
        return n;
    }

    private static void Money(Utf8JsonWriter json, string name, decimal value)
    {
        json.WritePropertyName(name);
        json.WriteRawValue(ExactText.Format(value), skipInputValidation: true);
    }

    // JSON has no infinity: a non-finite ratio (e.g. profit factor without losing trades) is written as null.
    private static void Ratio(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value)) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
