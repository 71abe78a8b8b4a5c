using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace OmniAlpha.Scripting.Budgets;

/// <summary>
/// Rewrites a guarded script so it checks its <c>ScriptBudget</c>: <c>Tick()</c> at the start of every loop body
/// and before every <c>goto</c>; <c>Enter()</c> plus <c>try { ... } finally { Exit(); }</c> around every method,
/// constructor, operator, accessor, local function and lambda body that can take part in a recursion (expression bodies
/// become blocks); and a <c>when (CanCatch())</c> filter on every <c>catch</c>, so a script cannot handle a budget breach.
/// </summary>
/// <remarks>
/// Nothing injected contains a line break, so user code keeps its lines (stack traces point where they did), and
/// its columns too except after an injection on the same line (a one-line loop body, a <c>goto</c>, a catch filter).
/// Which bodies count depth comes from <see cref="RecursionAnalysis"/>: a body that is on no cycle of the script's call
/// graph cannot recurse, needs no depth accounting, and its loops still tick. Iterators get <c>EnsureStack()</c> (a tick
/// plus a check of the remaining stack) instead: their body is suspended across <c>yield</c>, so depth could not be
/// counted. Queries the semantic model of the original tree for the return type of lambdas.
/// </remarks>
/// <param name="model">Semantic model of the original tree.</param>
/// <param name="recursive">The original declarations whose bodies count depth; null for every body.</param>
internal sealed class BudgetInjector(SemanticModel model, IReadOnlySet<SyntaxNode>? recursive = null) : CSharpSyntaxRewriter
{
    private const string Budget = "global::OmniAlpha.Sdk.Scripting.ScriptBudget";

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return TickedLoop(visited, l => l.Statement, (l, body) => l.WithStatement(body));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return TickedLoop(visited, l => l.Statement, (l, body) => l.WithStatement(body));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return TickedLoop(visited, l => l.Statement, (l, body) => l.WithStatement(body));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return TickedLoop(visited, l => l.Statement, (l, body) => l.WithStatement(body));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return TickedLoop(visited, l => l.Statement, (l, body) => l.WithStatement(body));
    }

    /// <summary>A backward <c>goto</c> is a loop too.</summary>
    public override SyntaxNode? VisitGotoStatement(GotoStatementSyntax node)
    {
        var visited = (GotoStatementSyntax)base.VisitGotoStatement(node)!;
        return Block(Token(visited.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, TriviaList(Space)),
            List([Call("Tick"), visited.WithLeadingTrivia(Space).WithoutTrailingTrivia()]),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, visited.GetTrailingTrivia()));
    }

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        var canCatch = ParseExpression(Budget + ".CanCatch()");
        if (visited.Filter is { } filter)
        {
            var both = BinaryExpression(SyntaxKind.LogicalAndExpression, canCatch,
                Token(TriviaList(Space), SyntaxKind.AmpersandAmpersandToken, TriviaList(Space)),
                ParenthesizedExpression(filter.FilterExpression));
            return visited.WithFilter(filter.WithFilterExpression(both));
        }
        // The filter goes right after the declaration (or the keyword), before whatever line break followed it.
        var last = visited.Declaration?.CloseParenToken ?? visited.CatchKeyword;
        var trailing = last.TrailingTrivia;
        visited = visited.ReplaceToken(last, last.WithTrailingTrivia());
        var newFilter = CatchFilterClause(
            Token(TriviaList(Space), SyntaxKind.WhenKeyword, TriviaList(Space)),
            Token(SyntaxKind.OpenParenToken), canCatch, Token(TriviaList(), SyntaxKind.CloseParenToken, trailing));
        return visited.WithFilter(newFilter);
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (!CountsDepth(node) && !IsIterator(node.Body)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, IsIterator(node.Body)));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var block = FromArrow(arrow, returnsValue: !IsVoid(node.ReturnType), visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (!CountsDepth(node) && !IsIterator(node.Body)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, IsIterator(node.Body)));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var block = FromArrow(arrow, returnsValue: !IsVoid(node.ReturnType), visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        if (!CountsDepth(node)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, iterator: false));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var block = FromArrow(arrow, returnsValue: false, visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        if (!CountsDepth(node)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, iterator: false));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var block = FromArrow(arrow, returnsValue: !IsVoid(node.ReturnType), visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        if (!CountsDepth(node)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, iterator: false));
        if (visited.ExpressionBody is not { } arrow) return visited;
        var block = FromArrow(arrow, returnsValue: true, visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (!CountsDepth(node) && !IsIterator(node.Body)) return visited;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body, IsIterator(node.Body)));
        if (visited.ExpressionBody is not { } arrow) return visited;
        bool returnsValue = node.IsKind(SyntaxKind.GetAccessorDeclaration);
        var block = FromArrow(arrow, returnsValue, visited.SemicolonToken.TrailingTrivia);
        return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(block);
    }

    /// <summary><c>T P =&gt; e;</c> becomes <c>T P { get { ... } }</c>.</summary>
    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow || !CountsDepth(node)) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(GetterOnly(arrow, visited.SemicolonToken.TrailingTrivia));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is not { } arrow || !CountsDepth(node)) return visited;
        return visited.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(GetterOnly(arrow, visited.SemicolonToken.TrailingTrivia));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        bool returnsValue = ReturnsValue(node);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        if (!CountsDepth(node)) return visited;
        if (visited.Block is { } body) return visited.WithBlock(Guarded(body, iterator: false));
        return visited.WithExpressionBody(null).WithBlock(FromLambdaExpression(visited.ExpressionBody!, returnsValue));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        bool returnsValue = ReturnsValue(node);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        if (!CountsDepth(node)) return visited;
        if (visited.Block is { } body) return visited.WithBlock(Guarded(body, iterator: false));
        return visited.WithExpressionBody(null).WithBlock(FromLambdaExpression(visited.ExpressionBody!, returnsValue));
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        if (!CountsDepth(node)) return visited;
        return visited.WithBlock(Guarded(visited.Block, iterator: false));
    }

    private bool CountsDepth(SyntaxNode original) => recursive is null || recursive.Contains(original);

    private bool ReturnsValue(AnonymousFunctionExpressionSyntax lambda) =>
        model.GetSymbolInfo(lambda).Symbol is IMethodSymbol { ReturnsVoid: false };

    private static bool IsVoid(TypeSyntax returnType) => returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    /// <summary>True when <paramref name="body"/> itself (not a nested function) yields.</summary>
    private static bool IsIterator(BlockSyntax? body) =>
        body is not null && body
            .DescendantNodes(n => n is not (LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax))
            .OfType<YieldStatementSyntax>().Any();

    /// <summary>A loop with a tick in front of its body, so that no user token moves.</summary>
    /// <remarks>
    /// A block gets the tick after its opening brace. A single statement gets braces; when it sits on a line of its
    /// own, <c>{ Tick();</c> goes at the end of the loop header's line, else just before it.
    /// </remarks>
    private static TLoop TickedLoop<TLoop>(TLoop loop, Func<TLoop, StatementSyntax> body, Func<TLoop, StatementSyntax, TLoop> withBody)
        where TLoop : StatementSyntax
    {
        var statement = body(loop);
        if (statement is BlockSyntax block) return withBody(loop, Ticked(block));
        var header = statement.GetFirstToken().GetPreviousToken();
        if (!header.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            return withBody(loop, Block(Token(TriviaList(), SyntaxKind.OpenBraceToken, TriviaList()),
                List([Call("Tick"), statement.WithLeadingTrivia(Space).WithoutTrailingTrivia()]),
                Token(TriviaList(Space), SyntaxKind.CloseBraceToken, statement.GetTrailingTrivia())));
        }
        var wrapped = Block(Token(TriviaList(Space), SyntaxKind.OpenBraceToken, TriviaList()),
            List([Call("Tick").WithTrailingTrivia(header.TrailingTrivia), statement.WithoutTrailingTrivia()]),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, statement.GetTrailingTrivia()));
        var rewritten = withBody(loop, wrapped);
        var newHeader = body(rewritten).GetFirstToken().GetPreviousToken();
        return rewritten.ReplaceToken(newHeader, newHeader.WithTrailingTrivia());
    }

    /// <summary>A block with a tick (or <paramref name="check"/>) after its opening brace, before the line break that follows it.</summary>
    private static BlockSyntax Ticked(BlockSyntax block, string check = "Tick")
    {
        var open = block.OpenBraceToken;
        return block.WithOpenBraceToken(open.WithTrailingTrivia())
            .WithStatements(block.Statements.Insert(0, Call(check).WithTrailingTrivia(open.TrailingTrivia)));
    }

    private static BlockSyntax Guarded(BlockSyntax body, bool iterator)
    {
        if (iterator) return Ticked(body, "EnsureStack");
        var open = body.OpenBraceToken;
        var close = body.CloseBraceToken;
        return EnterTryExit(open.LeadingTrivia, open.TrailingTrivia, body.Statements, close.LeadingTrivia, close.TrailingTrivia);
    }

    private static BlockSyntax FromArrow(ArrowExpressionClauseSyntax arrow, bool returnsValue, SyntaxTriviaList after) =>
        EnterTryExit(arrow.ArrowToken.LeadingTrivia, arrow.ArrowToken.TrailingTrivia,
            SingletonList(Statement(arrow.Expression, returnsValue)), TriviaList(Space), after);

    private static BlockSyntax FromLambdaExpression(ExpressionSyntax body, bool returnsValue) =>
        EnterTryExit(TriviaList(), TriviaList(Space), SingletonList(Statement(body, returnsValue)), TriviaList(Space), TriviaList());

    private static AccessorListSyntax GetterOnly(ArrowExpressionClauseSyntax arrow, SyntaxTriviaList after)
    {
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
            .WithKeyword(Token(TriviaList(), SyntaxKind.GetKeyword, TriviaList(Space)))
            .WithBody(EnterTryExit(TriviaList(), arrow.ArrowToken.TrailingTrivia,
                SingletonList(Statement(arrow.Expression, returnsValue: true)), TriviaList(Space), TriviaList(Space)));
        return AccessorList(Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, TriviaList(Space)),
            SingletonList(getter), Token(TriviaList(), SyntaxKind.CloseBraceToken, after));
    }

    /// <summary>An expression body as a statement: <c>return e;</c>, <c>e;</c>, or <c>throw x;</c> for <c>=&gt; throw x</c>.</summary>
    private static StatementSyntax Statement(ExpressionSyntax body, bool returnsValue)
    {
        var semicolon = Token(SyntaxKind.SemicolonToken);
        if (body is ThrowExpressionSyntax thrown)
            return ThrowStatement(default, thrown.ThrowKeyword, thrown.Expression, semicolon);
        if (returnsValue)
            return ReturnStatement(Token(TriviaList(), SyntaxKind.ReturnKeyword, TriviaList(Space)), body, semicolon);
        return ExpressionStatement(body, semicolon);
    }

    /// <summary><c>{ Enter(); try { statements } finally { Exit(); } }</c>, keeping the given trivia of the original braces.</summary>
    private static BlockSyntax EnterTryExit(SyntaxTriviaList openLeading, SyntaxTriviaList openTrailing,
        SyntaxList<StatementSyntax> statements, SyntaxTriviaList closeLeading, SyntaxTriviaList closeTrailing)
    {
        var inner = Block(Token(TriviaList(), SyntaxKind.OpenBraceToken, openTrailing), statements,
            Token(closeLeading, SyntaxKind.CloseBraceToken, TriviaList(Space)));
        var exit = Block(Token(TriviaList(), SyntaxKind.OpenBraceToken, TriviaList()), SingletonList(Call("Exit")),
            Token(TriviaList(Space), SyntaxKind.CloseBraceToken, TriviaList(Space)));
        var tryFinally = TryStatement(Token(TriviaList(), SyntaxKind.TryKeyword, TriviaList(Space)), inner, default,
            FinallyClause(Token(TriviaList(), SyntaxKind.FinallyKeyword, TriviaList(Space)), exit));
        return Block(Token(openLeading, SyntaxKind.OpenBraceToken, TriviaList()),
            List<StatementSyntax>([Call("Enter").WithTrailingTrivia(Space), tryFinally]),
            Token(TriviaList(), SyntaxKind.CloseBraceToken, closeTrailing));
    }

    /// <summary><c> global::...ScriptBudget.Name();</c> with a leading space and no line break.</summary>
    private static StatementSyntax Call(string name) =>
        ParseStatement($"{Budget}.{name}();").WithLeadingTrivia(Space).WithTrailingTrivia();
}
