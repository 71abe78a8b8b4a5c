using OmniAlpha.Host.Tests.Support;

namespace OmniAlpha.Host.Tests;

/// <summary><c>--account margin --leverage 2</c> allows short sales; the default cash account rejects them with a reason.</summary>
public sealed class AccountTypeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public AccountTypeTests() => _folder.Write("ShortOnce.cs", Scripts.ShortsOnce);

    [Fact]
    public void A_margin_account_fills_the_short_sale_and_credits_its_proceeds()
    {
        Backtest("--account", "margin", "--leverage", "2").ShouldExitWith(0);

        var orders = ReportTable.Read(_folder.File("out/orders.csv"));
        Assert.Single(orders.Rows);
        Assert.Equal(["sell"], orders.Column("side"));
        Assert.Equal(["filled"], orders.Column("status"));
        Assert.Equal([""], orders.Column("reason"));
        var fills = ReportTable.Read(_folder.File("out/fills.csv"));
        Assert.Equal(["10"], fills.Column("quantity"));
        var summary = SummaryJson.Read(_folder.File("out"));
        Assert.Equal("margin", summary.GetProperty("account_type").GetString());
        decimal proceeds = 10m * decimal.Parse(fills.Column("price")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(summary.Money("starting_cash") + proceeds, summary.Money("final_cash"));
    }

    [Fact]
    public void A_cash_account_rejects_the_short_sale_with_a_reason_code_in_orders_csv()
    {
        Backtest().ShouldExitWith(0);

        var orders = ReportTable.Read(_folder.File("out/orders.csv"));
        Assert.Equal(["rejected"], orders.Column("status"));
        Assert.StartsWith("ShortSellingNotAllowed: ", Assert.Single(orders.Column("reason")), StringComparison.Ordinal);
        Assert.Empty(ReportTable.Read(_folder.File("out/fills.csv")).Rows);
        var summary = SummaryJson.Read(_folder.File("out"));
        Assert.Equal("cash", summary.GetProperty("account_type").GetString());
        Assert.Equal(1, summary.GetProperty("rejected_orders").GetInt32());
        Assert.Equal(summary.Money("starting_cash"), summary.Money("final_equity"));
    }

    [Fact]
    public void An_unknown_account_type_exits_1_listing_the_types()
    {
        var run = Backtest("--account", "futures").ShouldExitWith(1);
        Assert.Equal(["error: --account: 'futures' is not an account type (cash | margin)"], run.StderrLines);
    }

    public void Dispose() => _folder.Dispose();

    private CliRun Backtest(params string[] options) =>
        OmniAlphaProcess.RunIn(_folder.Path, null, ["backtest", "ShortOnce.cs", "--out", _folder.File("out"), .. options]);
}
