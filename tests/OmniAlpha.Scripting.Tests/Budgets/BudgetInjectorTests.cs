using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OmniAlpha.Scripting.Budgets;

namespace OmniAlpha.Scripting.Tests.Budgets;

/// <summary>
/// What the injector writes, and that user code keeps its lines and columns. These specifications count depth in every
/// body (as if each could recurse), to see every rewriting; which bodies really do is <see cref="RecursionAnalysisTests"/>'.
/// </summary>
public sealed class BudgetInjectorTests
{
    private const string Budget = "global::OmniAlpha.Sdk.Scripting.ScriptBudget";

    /// <summary>Every construct the injector touches, in the layouts scripts use.</summary>
    private const string EveryConstruct = """
        using System.Collections.Generic;

        public sealed class Everything : Strategy
        {
            private int _n;
            private readonly Func<int, int> _twice = x => x * 2;
            private readonly Action<int> _store;

            public Everything() { _store = delegate (int v) { _n = v; }; }

            public int Count => _n;
            public int this[int i] => i + _n;
            public int Settable { get => _n; set => _n = value; }

            public override void OnBar(in Bar bar)
            {
                for (int i = 0; i < 3; i++) _n++;
                for (int i = 0; i < 3; i++)
                    _n++;
                foreach (var x in new[] { 1, 2 }) { _n += x; }
                foreach (var (a, b) in new[] { (1, 2) })
                {
                    _n += a + b;
                }
                while (_n < 0) _n++;
                do { _n--; } while (_n > 100);
                try { _store(_twice(Local(1))); } catch (InvalidOperationException) { } catch { }
                int Local(int v) => v + 1;
                _ = Numbers().Count();
            }

            private static IEnumerable<int> Numbers() { yield return 1; }

            private void Fails() => throw new InvalidOperationException();

            public static Everything operator +(Everything e, int x) => e;
        }
        """;

    [Fact]
    public void Every_user_token_keeps_its_line_and_its_order_on_the_line()
    {
        var (original, rewritten) = Inject(EveryConstruct);

        Assert.Equal(original.GetText().Lines.Count, rewritten.GetText().Lines.Count);
        // An expression body's => and ; become braces; every other token is still on its line, in its order.
        var before = TokensByLine(original, t => !IsExpressionBodyPunctuation(t));
        var after = TokensByLine(rewritten, _ => true);
        foreach (var (line, tokens) in before)
            Assert.True(IsSubsequence(tokens, after[line]), $"line {line + 1}: [{string.Join(" ", tokens)}] not kept in [{string.Join(" ", after[line])}]");
    }

    [Fact]
    public void The_rewritten_script_compiles_without_new_diagnostics()
    {
        var (original, rewritten) = Inject(EveryConstruct);
        var compilation = Compile(original).ReplaceSyntaxTree(original, rewritten);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).Select(d => d.ToString()));
    }

    [Fact]
    public void A_method_body_is_entered_and_exited_and_a_loop_body_ticks_on_the_same_lines()
    {
        var (_, rewritten) = Inject("""
            public sealed class S : Strategy
            {
                int M(int x)
                {
                    for (;;) x++;
                    while (x > 0)
                        x--;
                    return x;
                }
            }
            """);

        Assert.Equal("""
            public sealed class S : Strategy
            {
                int M(int x)
                { B.Enter(); try {
                    for (;;) { B.Tick(); x++; }
                    while (x > 0) { B.Tick();
                        x--; }
                    return x;
                } finally { B.Exit(); } }
            }
            """, rewritten.ToString().Replace(Budget, "B", StringComparison.Ordinal));
    }

    [Fact]
    public void Expression_bodies_become_guarded_blocks_on_their_line()
    {
        var (_, rewritten) = Inject("""
            public sealed class S : Strategy
            {
                int Twice(int x) => x * 2;
                void Fail() => throw new InvalidOperationException();
                int P => 1;
                Func<int, int> F() => y => y + 1;
            }
            """);

        Assert.Equal("""
            public sealed class S : Strategy
            {
                int Twice(int x) { B.Enter(); try { return x * 2; } finally { B.Exit(); } }
                void Fail() { B.Enter(); try { throw new InvalidOperationException(); } finally { B.Exit(); } }
                int P { get { B.Enter(); try { return 1; } finally { B.Exit(); } } }
                Func<int, int> F() { B.Enter(); try { return y => { B.Enter(); try { return y + 1; } finally { B.Exit(); } }; } finally { B.Exit(); } }
            }
            """, rewritten.ToString().Replace(Budget, "B", StringComparison.Ordinal));
    }

    [Fact]
    public void Catch_clauses_get_the_budget_filter_first()
    {
        var (_, rewritten) = Inject("""
            public sealed class S : Strategy
            {
                void M() { try { } catch (Exception e) when (e.Message.Length > 0) { } catch { } }
            }
            """);

        string text = rewritten.ToString();
        Assert.Contains($"catch (Exception e) when ({Budget}.CanCatch() && (e.Message.Length > 0))", text, StringComparison.Ordinal);
        Assert.Contains($"catch when ({Budget}.CanCatch()) {{ }}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iterators_get_a_tick_and_a_stack_check_but_no_depth_accounting()
    {
        var (_, rewritten) = Inject("public sealed class S : Strategy { IEnumerable<int> M() { yield return 1; } }");

        Assert.Contains($"IEnumerable<int> M() {{ {Budget}.EnsureStack(); yield return 1; }}", rewritten.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<int, List<string>> TokensByLine(SyntaxTree tree, Func<SyntaxToken, bool> include)
    {
        var lines = Enumerable.Range(0, tree.GetText().Lines.Count).ToDictionary(i => i, _ => new List<string>());
        foreach (var token in tree.GetRoot().DescendantTokens().Where(include))
            lines[token.GetLocation().GetLineSpan().StartLinePosition.Line].Add(token.Text);
        return lines;
    }

    private static bool IsSubsequence(List<string> needle, List<string> haystack)
    {
        int found = 0;
        foreach (string token in haystack)
            if (found < needle.Count && token == needle[found]) found++;
        return found == needle.Count;
    }

    private static bool IsExpressionBodyPunctuation(SyntaxToken token) =>
        token.IsKind(SyntaxKind.EqualsGreaterThanToken) && token.Parent is ArrowExpressionClauseSyntax
        || token.IsKind(SyntaxKind.SemicolonToken) && token.Parent is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax
            or AccessorDeclarationSyntax or LocalFunctionStatementSyntax;

    private static (SyntaxTree Original, SyntaxTree Rewritten) Inject(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, StrategyCompiler.ParseOptions, "strategies/S.cs");
        var compilation = Compile(tree);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var (injected, _) = BudgetInjection.Apply(compilation, tree, CancellationToken.None, countDepthEverywhere: true);
        return (tree, injected.SyntaxTrees.Single(t => t.FilePath == "strategies/S.cs"));
    }

    private static CSharpCompilation Compile(SyntaxTree tree) =>
        CSharpCompilation.Create("Injected", [tree, ScriptGlobalUsings.CreateSyntaxTree(StrategyCompiler.ParseOptions)],
            ScriptReferences.MetadataReferences, StrategyCompiler.CompilationOptions);
}
