using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OmniAlpha.Scripting.Budgets;

namespace OmniAlpha.Scripting.Tests.Budgets;

/// <summary>
/// Only bodies that can take part in a recursion count call depth; everything that could recurse, directly, mutually,
/// through a delegate, a virtual call or code outside the script, does.
/// </summary>
public sealed class RecursionAnalysisTests
{
    [Fact]
    public void The_SMA_crossover_sample_has_no_body_that_can_recurse()
    {
        var source = File.ReadAllText(Path.Combine(OmniAlpha.Tests.Shared.SharedData.RepositoryRoot, "strategies", "SmaCross.cs"));

        Assert.Empty(Recursive(source));
    }

    [Fact]
    public void Callbacks_and_helpers_that_call_only_the_SDK_or_each_other_acyclically_do_not_count_depth()
    {
        Assert.Empty(Recursive("""
            public sealed class S : Strategy
            {
                private readonly List<decimal> _closes = new();
                public override void OnStart() => Log("start");
                public override void OnBar(in Bar bar) { Remember(bar.Close); if (Mean() > bar.Close) Buy(bar.Symbol, 1m); }
                private void Remember(decimal close) { _closes.Add(close); if (_closes.Count > 10) _closes.RemoveAt(0); }
                private decimal Mean() { decimal sum = 0; foreach (var c in _closes) sum += c; return sum / _closes.Count; }
                private int Pure => 42;
            }
            """));
    }

    [Fact]
    public void Direct_and_mutual_recursion_count_depth_but_a_helper_outside_the_cycle_does_not()
    {
        var recursive = Recursive("""
            public sealed class S : Strategy
            {
                public override void OnBar(in Bar bar) => Ping(3);
                private int Down(int n) => n <= 0 ? 0 : Down(n - 1);
                private int Ping(int n) => n <= 0 ? Helper() : Pong(n - 1);
                private int Pong(int n) => Ping(n) + Down(n);
                private int Helper() => 1;
            }
            """);

        Assert.Equal(["Down", "Ping", "Pong"], recursive);
    }

    [Fact]
    public void A_callback_that_calls_itself_counts_depth()
    {
        Assert.Equal(["OnBar"], Recursive("""
            public sealed class S : Strategy
            {
                public override void OnBar(in Bar bar) => OnBar(bar);
            }
            """));
    }

    [Fact]
    public void Recursion_through_a_delegate_a_property_or_a_local_function_counts_depth()
    {
        var recursive = Recursive("""
            public sealed class S : Strategy
            {
                private Func<int> _f = null!;
                private int Again { get { _f = () => Again; return _f(); } }
                public override void OnBar(in Bar bar) { _ = Again; int Local(int n) => n == 0 ? 0 : Local(n - 1); Local(3); }
            }
            """);

        Assert.Equal(["() => Again", "Local", "get"], recursive);
    }

    [Fact]
    public void Recursion_through_code_outside_the_script_counts_depth()
    {
        // ToString runs again inside string concatenation; Compare runs again inside List.Sort.
        var recursive = Recursive("""
            public sealed class Item : IComparer<int>
            {
                public override string ToString() => "item " + this;
                public int Compare(int x, int y) { new List<int> { 2, 1 }.Sort(this); return x - y; }
                public int Plain(int x) => x + 1;
            }
            public sealed class S : Strategy { public override void OnBar(in Bar bar) { } }
            """);

        Assert.Equal(["Compare", "ToString"], recursive);
    }

    [Fact]
    public void A_body_with_an_operation_the_analysis_does_not_model_counts_depth()
    {
        // A using statement calls Dispose, which may be the script's own: not modelled, so assumed to call anything.
        Assert.Equal(["Use"], Recursive("""
            public sealed class S : Strategy
            {
                public override void OnBar(in Bar bar) { }
                private void Use() { using var stream = new System.IO.MemoryStream(); }
                private int Straight(int x) => x * 2;
            }
            """));
    }

    /// <summary>Names of the bodies that count depth (a lambda by its text), sorted.</summary>
    private static string[] Recursive(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, StrategyCompiler.ParseOptions, "strategies/S.cs");
        var compilation = CSharpCompilation.Create("Analysed", [tree, ScriptGlobalUsings.CreateSyntaxTree(StrategyCompiler.ParseOptions)],
            ScriptReferences.MetadataReferences, StrategyCompiler.CompilationOptions);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var bodies = RecursionAnalysis.FindRecursiveBodies(compilation.GetSemanticModel(tree), tree.GetRoot(), CancellationToken.None);
        return bodies.Select(Name).Order(StringComparer.Ordinal).ToArray();
    }

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        LocalFunctionStatementSyntax f => f.Identifier.Text,
        AccessorDeclarationSyntax a => a.Keyword.Text,
        PropertyDeclarationSyntax p => p.Identifier.Text,
        _ => node.ToString(),
    };
}
