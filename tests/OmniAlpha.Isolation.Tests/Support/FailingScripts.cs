namespace OmniAlpha.Isolation.Tests.Support;

/// <summary>
/// Scripts that misbehave at the bar whose end time is the <c>failAt</c> parameter (UTC ticks). Each buys 10 shares on
/// its first bar and sells them at <c>sellAt</c>, so a run shows what happened to the kernel's orders before and after.
/// The crashing and hanging ones are compiled trusted inside the worker (the sandbox would refuse Environment.Exit, the
/// budgets would stop the loop): they stand in for a worker that dies or wedges for reasons of its own.
/// </summary>
internal static class FailingScripts
{
    private const string Template = """
        public sealed class NAME : Strategy
        {
            private long _failAt, _sellAt;
            public override void OnStart() { _failAt = Param("failAt", 0L); _sellAt = Param("sellAt", 0L); }
            public override void OnBar(in Bar bar)
            {
                if (FAILS) FAILURE;
                if (bar.EndTime.Ticks == _sellAt) Sell(bar.Symbol, 10m, "exit");
                else if (bar.EndTime.Ticks < _failAt && Position(bar.Symbol).IsFlat && Context.GetOpenOrders().Count == 0) Buy(bar.Symbol, 10m, "entry");
            }
        }
        """;

    /// <summary>Exits the worker process with code 13 at <c>failAt</c>.</summary>
    public static string Crasher { get; } = Script("Crasher", "bar.EndTime.Ticks == _failAt", "System.Environment.Exit(13)");

    /// <summary>Exits the worker process on every bar from <c>failAt</c> on.</summary>
    public static string RepeatCrasher { get; } = Script("RepeatCrasher", "bar.EndTime.Ticks >= _failAt", "System.Environment.Exit(13)");

    /// <summary>Loops forever at <c>failAt</c>.</summary>
    public static string Hanger { get; } = Script("Hanger", "bar.EndTime.Ticks == _failAt", "while (bar.EndTime.Ticks > 0) { }");

    /// <summary>Loops forever at <c>failAt</c>; meant to run sandboxed, where the budget stops it.</summary>
    public static string Spinner { get; } = Script("Spinner", "bar.EndTime.Ticks == _failAt", "{ long n = 0; while (bar.EndTime.Ticks > 0) n++; }");

    /// <summary>Throws InvalidOperationException("boom") at <c>failAt</c>.</summary>
    public static string Thrower { get; } = Script("Thrower", "bar.EndTime.Ticks == _failAt", "throw new System.InvalidOperationException(\"boom\")");

    /// <summary>
    /// Logs "tick" from an every-bar schedule and exits the worker process inside that scheduled callback at <c>failAt</c>;
    /// its restarted instance registers the same schedule again.
    /// </summary>
    public static string ScheduledCrasher { get; } = """
        public sealed class ScheduledCrasher : Strategy
        {
            private long _failAt;
            public override void OnStart() { _failAt = Param("failAt", 0L); EveryBars(1, Tick); }
            private void Tick()
            {
                if (Time.Ticks == _failAt) System.Environment.Exit(13);
                Log("tick");
            }
        }
        """;

    /// <summary>The failAt/sellAt parameters for bar indexes of the first series.</summary>
    public static Dictionary<string, string> At(Sdk.Data.BarSeries series, int failAt, int sellAt) => new()
    {
        ["failAt"] = series[failAt].EndTime.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["sellAt"] = series[sellAt].EndTime.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Script(string name, string fails, string failure) =>
        Template.Replace("NAME", name).Replace("FAILS", fails).Replace("FAILURE", failure);
}
