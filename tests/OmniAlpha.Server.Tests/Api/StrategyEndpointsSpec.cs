using System.Net;
using System.Text.Json.Nodes;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests.Api;

/// <summary>Strategies: list and detail from the snapshot; commands reach the engine as the caller and their outcome maps to a status.</summary>
public sealed class StrategyEndpointsSpec
{
    [Fact]
    public async Task List_shows_every_strategy_with_exact_money_and_enum_names()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client(server.ViewerKey).GetAsync("/api/strategies");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string text = await response.Content.ReadAsStringAsync();
        var list = JsonNode.Parse(text)!.AsArray();
        Assert.Equal(["sma-spy", "rsi-qqq"], list.Select(s => s!["id"].Text()));
        var sma = list[0]!;
        Assert.Equal("Running", sma["status"].Text());
        Assert.Equal("Active", sma["tradingState"].Text());
        Assert.Equal(95_997.00m, sma["cash"].Decimal());
        Assert.Equal(1, (int)sma["openOrders"]!);
        // Exact decimals on the wire: the trailing zeros of the engine's numbers survive.
        Assert.Contains("\"cash\":95997.00", text);
        Assert.Contains("\"equity\":100099.50", text);
    }

    [Fact]
    public async Task Detail_has_positions_orders_and_fills_with_utc_times()
    {
        await using var server = await ApiServer.StartAsync();
        var detail = await (await server.Client(server.ViewerKey).GetAsync("/api/strategies/sma-spy")).ReadJsonAsync();
        var position = detail["positions"]![0]!;
        Assert.Equal("SPY", position["symbol"].Text());
        Assert.Equal(4_102.50m, position["marketValue"].Decimal());
        var order = detail["openOrders"]![0]!;
        Assert.Equal("sma-spy-2", order["clientOrderId"].Text());
        Assert.Equal("Limit", order["type"].Text());
        Assert.Equal(395.5m, order["limitPrice"].Decimal());
        Assert.Equal("2024-03-01T14:31:00Z", order["createdTimeUtc"].Text());
        Assert.Equal("2024-03-01T14:30:00Z", detail["recentFills"]![0]!["timeUtc"].Text());
    }

    [Fact]
    public async Task Unknown_strategy_is_404_problem()
    {
        await using var server = await ApiServer.StartAsync();
        var problem = await (await server.Client(server.ViewerKey).GetAsync("/api/strategies/nope")).AssertProblemAsync(404);
        Assert.Contains("nope", problem["detail"].Text());
    }

    [Theory]
    [InlineData("start", TradingCommandKind.Start)]
    [InlineData("stop", TradingCommandKind.Stop)]
    [InlineData("pause", TradingCommandKind.Pause)]
    [InlineData("resume", TradingCommandKind.Resume)]
    [InlineData("reload", TradingCommandKind.Reload)]
    public async Task Lifecycle_commands_reach_the_engine_as_the_caller(string verb, TradingCommandKind kind)
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client(server.TraderKey).PostAsync($"/api/strategies/sma-spy/{verb}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(kind.ToString(), body["command"].Text());
        Assert.True((bool)body["succeeded"]!);
        var command = Assert.Single(server.Host.Commands);
        Assert.Equal(new TradingCommand(kind, "sma-spy", "trader-joe"), command);
    }

    [Theory]
    [InlineData(CommandErrorKind.NotFound, 404)]
    [InlineData(CommandErrorKind.Conflict, 409)]
    [InlineData(CommandErrorKind.Unavailable, 503)]
    public async Task Command_failures_map_to_statuses(CommandErrorKind kind, int status)
    {
        await using var server = await ApiServer.StartAsync();
        server.Host.Respond = _ => CommandResult.Fail(kind, "strategy 'sma-spy' is not paused");
        var problem = await (await server.Client(server.TraderKey).PostAsync("/api/strategies/sma-spy/resume", null)).AssertProblemAsync(status);
        Assert.Equal("strategy 'sma-spy' is not paused", problem["detail"].Text());
    }

    [Fact]
    public async Task Deploy_sends_the_script_and_answers_201_with_its_location()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client(server.TraderKey).PostJsonAsync("/api/strategies", new
        {
            fileName = "MeanRevert.cs",
            source = "public sealed class MeanRevert : Strategy { }",
            symbols = new[] { "SPY", "QQQ" },
            parameters = new Dictionary<string, string> { ["window"] = "20" },
            startingCash = 25_000.50m,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/strategies/meanrevert", response.Headers.Location?.OriginalString);
        var command = Assert.Single(server.Host.Commands);
        Assert.Equal(TradingCommandKind.Deploy, command.Kind);
        Assert.Equal("meanrevert", command.StrategyId);
        Assert.Equal("MeanRevert.cs", command.Script!.FileName);
        Assert.Equal(["SPY", "QQQ"], command.Script.Symbols);
        Assert.Equal("20", command.Script.Parameters["window"]);
        Assert.Equal(25_000.50m, command.Script.StartingCash);
    }

    [Fact]
    public async Task Deploy_validation_names_every_bad_field()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client(server.TraderKey).PostJsonAsync("/api/strategies", new
        {
            fileName = "notes.txt", source = "", symbols = Array.Empty<string>(), startingCash = -5m,
        });
        var problem = await response.AssertProblemAsync(400);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["fileName", "source", "startingCash", "symbols"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Empty(server.Host.Commands);
    }

    [Fact]
    public async Task Upload_that_does_not_compile_is_422_listing_file_line_col()
    {
        await using var server = await ApiServer.StartAsync();
        const string diagnostics = "SmaCross.cs:12:5: error CS1002: ; expected\nSmaCross.cs:20:9: error CS0103: The name 'x' does not exist";
        server.Host.Respond = _ => CommandResult.Fail(CommandErrorKind.Invalid, diagnostics);
        var response = await server.Client(server.TraderKey).PutJsonAsync("/api/strategies/sma-spy/script", new { source = "class {" });
        var problem = await response.AssertProblemAsync(422);
        Assert.Contains("SmaCross.cs:12:5", problem["detail"].Text());
        Assert.Equal(["SmaCross.cs:12:5: error CS1002: ; expected", "SmaCross.cs:20:9: error CS0103: The name 'x' does not exist"],
            problem["diagnostics"]!.AsArray().Select(d => d.Text()));
        var command = Assert.Single(server.Host.Commands);
        Assert.Equal(TradingCommandKind.Upload, command.Kind);
        Assert.Equal("SmaCross.cs", command.Script!.FileName); // the strategy's current file name
    }

    [Fact]
    public async Task Upload_to_an_unknown_strategy_without_a_file_name_is_404()
    {
        await using var server = await ApiServer.StartAsync();
        await (await server.Client(server.TraderKey).PutJsonAsync("/api/strategies/ghost/script", new { source = "x" })).AssertProblemAsync(404);
        Assert.Empty(server.Host.Commands);
    }

    [Fact]
    public async Task Trading_states_are_set_per_strategy_and_host_wide()
    {
        await using var server = await ApiServer.StartAsync();
        var trader = server.Client(server.TraderKey);
        Assert.Equal(HttpStatusCode.OK, (await trader.PutJsonAsync("/api/strategies/sma-spy/trading-state", new { state = "REDUCING" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trader.PutJsonAsync("/api/trading-state", new { state = "halted" })).StatusCode);
        var problem = await (await trader.PutJsonAsync("/api/trading-state", new { state = "2" })).AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["state"]);
        Assert.Equal([("sma-spy", TradingState.Reducing), (null, TradingState.Halted)],
            server.Host.Commands.Select(c => (c.StrategyId, c.State!.Value)));
    }

    [Fact]
    public async Task Kill_switch_requires_an_explicit_flatten_choice()
    {
        await using var server = await ApiServer.StartAsync();
        var trader = server.Client(server.TraderKey);
        var problem = await (await trader.PostJsonAsync("/api/kill", new { })).AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["flatten"]);
        Assert.Equal(HttpStatusCode.OK, (await trader.PostJsonAsync("/api/kill", new { flatten = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await trader.PostJsonAsync("/api/strategies/rsi-qqq/kill", new { flatten = false })).StatusCode);
        Assert.Equal([(null, true), ("rsi-qqq", false)],
            server.Host.Commands.Select(c => (c.StrategyId, c.Flatten)).Select(t => ((string?)t.StrategyId, t.Flatten)));
        Assert.All(server.Host.Commands, c => Assert.Equal(TradingCommandKind.Kill, c.Kind));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await using var server = await ApiServer.StartAsync();
        var content = new StringContent("{ \"flatten\": tru", System.Text.Encoding.UTF8, "application/json");
        await (await server.Client(server.TraderKey).PostAsync("/api/kill", content)).AssertProblemAsync(400);
        Assert.Empty(server.Host.Commands);
    }

    [Fact]
    public async Task A_wrongly_typed_json_field_is_a_400_naming_it_and_is_audited_as_such()
    {
        await using var server = await ApiServer.StartAsync();
        var content = new StringContent("{ \"fileName\": \"A.cs\", \"source\": \"x\", \"symbols\": [\"SPY\"], \"startingCash\": \"lots\" }",
            System.Text.Encoding.UTF8, "application/json");
        var problem = await (await server.Client(server.TraderKey).PostAsync("/api/strategies", content)).AssertProblemAsync(400);
        Assert.NotNull(problem["errors"]!["startingCash"]);
        Assert.DoesNotContain("System.", problem.ToJsonString());
        var missing = await (await server.Client(server.TraderKey).PostAsync("/api/kill", null)).AssertProblemAsync(400);
        Assert.Contains("body", missing["detail"].Text());
        Assert.Equal([400, 400], server.Audit.Recent(10).Select(e => e.Status));
        Assert.Empty(server.Host.Commands);
    }

    [Fact]
    public async Task An_engine_exception_is_a_500_problem_that_leaks_nothing()
    {
        await using var server = await ApiServer.StartAsync();
        server.Host.Respond = _ => throw new InvalidOperationException("connection string Password=hunter2 at Db.cs");
        var response = await server.Client(server.TraderKey).PostAsync("/api/strategies/sma-spy/pause", null);
        var problem = await response.AssertProblemAsync(500);
        string text = problem.ToJsonString();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain("Db.cs", text);
        Assert.False(string.IsNullOrEmpty(problem["traceId"].Text()));
        // The audit entry carries the same id, so the refused call, the problem and the log line can be joined.
        Assert.Equal(problem["traceId"].Text(), server.Audit.Recent(1).Single().RequestId);
    }

    [Fact]
    public async Task A_command_the_engine_does_not_answer_in_time_is_504()
    {
        await using var server = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Server:CommandTimeout"] = "00:00:00.200" });
        server.Host.CommandDelay = TimeSpan.FromSeconds(10);
        var problem = await (await server.Client(server.TraderKey).PostAsync("/api/strategies/sma-spy/pause", null)).AssertProblemAsync(504);
        Assert.Contains("Pause", problem["detail"].Text());
    }
}
