namespace OmniAlpha.Host.Tests.Support;

/// <summary>Strategy scripts written to temp folders by the specifications.</summary>
internal static class Scripts
{
    /// <summary>A syntax error: the statement on line 8 lacks its ';' (expected at column 18).</summary>
    public const string MissingSemicolon = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class Broken : Strategy
        {
            public override void OnBar(in Bar bar)
            {
                int x = 1
            }
        }
        """;

    /// <summary>A semantic error: line 7 uses an undeclared name at column 9.</summary>
    public const string UndeclaredName = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class Broken : Strategy
        {
            public override void OnBar(in Bar bar) =>
                undeclaredThing.Go();
        }
        """;

    /// <summary>Counts bars in a static field (line 6, column 24): shared mutable state the sandbox rejects.</summary>
    public const string StaticCounter = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class Broken : Strategy
        {
            private static int _bars;

            public override void OnBar(in Bar bar) => _bars++;
        }
        """;

    /// <summary>Throws InvalidOperationException("boom") on its fifth bar.</summary>
    public const string ThrowsOnFifthBar = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class Thrower : Strategy
        {
            private int _bars;

            public override void OnBar(in Bar bar)
            {
                if (++_bars == 5) throw new InvalidOperationException("boom");
            }
        }
        """;

    /// <summary>Sells 10 shares of the first symbol it sees, holding no position (a short sale), then does nothing.</summary>
    public const string ShortsOnce = """
        using OmniAlpha.Sdk.Market;
        using OmniAlpha.Sdk.Strategies;

        public sealed class ShortOnce : Strategy
        {
            private bool _sent;

            public override void OnBar(in Bar bar)
            {
                if (_sent) return;
                _sent = true;
                Sell(bar.Symbol, 10m, "short");
            }
        }
        """;
}
