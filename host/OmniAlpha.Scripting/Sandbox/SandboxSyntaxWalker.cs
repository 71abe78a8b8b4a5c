using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// Walks one syntax tree with its semantic model and collects every sandbox violation: each expression, type
/// name and attribute is checked by the symbol it binds to and the types it has, and declarations by the
/// language features they use (unsafe, extern, async, finalizers, static mutable state).
/// </summary>
/// <remarks>
/// Symbols, not text, are checked, so aliases, <c>global::</c>, fully qualified names, <c>using static</c>,
/// extension methods, inferred generic arguments and <c>var</c> cannot hide a use. The outermost offending
/// expression is reported once and its subtree skipped, so one forbidden call is one error.
/// </remarks>
internal sealed class SandboxSyntaxWalker(
    SemanticModel model, SymbolPolicy policy, Action<SandboxViolation, Location> report, CancellationToken cancellationToken)
    : CSharpSyntaxWalker
{
    public override void Visit(SyntaxNode? node)
    {
        if (node is null) return;
        cancellationToken.ThrowIfCancellationRequested();
        // nameof(File) is a compile-time string constant: it neither loads nor touches the type.
        if (node is InvocationExpressionSyntax invocation && IsNameOf(invocation)) return;
        if (node is ExpressionSyntax or AttributeSyntax && CheckUse(node)) return;
        if (node is MemberAccessExpressionSyntax access && IsAllowedStaticMember(access)) return;
        CheckImplicitCall(node);
        CheckDeclaration(node);
        base.Visit(node);
    }

    private bool CheckUse(SyntaxNode node)
    {
        var violation = FindViolation(node);
        if (violation is null) return false;
        report(violation.Value, node.GetLocation());
        return true;
    }

    private SandboxViolation? FindViolation(SyntaxNode node)
    {
        var symbolInfo = model.GetSymbolInfo(node, cancellationToken);
        var violation = policy.Check(symbolInfo.Symbol);
        foreach (var candidate in symbolInfo.CandidateSymbols)
            violation ??= policy.Check(candidate);
        if (node is AttributeSyntax) return violation;

        var typeInfo = model.GetTypeInfo(node, cancellationToken);
        // stackalloc into a Span is safe; its natural pointer type only matters when it is converted to one.
        if (node is not (StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax))
            violation ??= policy.CheckType(typeInfo.Type);
        violation ??= policy.CheckType(typeInfo.ConvertedType);
        return violation;
    }

    /// <summary>
    /// Methods the compiler calls without naming them in the source: a foreach's GetEnumerator, a deconstruction's
    /// Deconstruct, an await's GetAwaiter, a collection initializer's Add. Any of them can be an extension method.
    /// </summary>
    private void CheckImplicitCall(SyntaxNode node)
    {
        IMethodSymbol? method = node switch
        {
            CommonForEachStatementSyntax forEach => model.GetForEachStatementInfo(forEach).GetEnumeratorMethod,
            AssignmentExpressionSyntax { Left: TupleExpressionSyntax or DeclarationExpressionSyntax } deconstruction =>
                model.GetDeconstructionInfo(deconstruction).Method,
            AwaitExpressionSyntax await => model.GetAwaitExpressionInfo(await).GetAwaiterMethod,
            ExpressionSyntax { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } } element =>
                model.GetCollectionInitializerSymbolInfo(element, cancellationToken).Symbol as IMethodSymbol,
            _ => null,
        };
        if (policy.Check(method) is { } violation) report(violation, node.GetLocation());
    }

    // Environment.NewLine is allowed although Environment is not: the type name in front of an explicitly
    // allowed static member is only its qualifier, so it is not judged on its own.
    private bool IsAllowedStaticMember(MemberAccessExpressionSyntax access) =>
        model.GetSymbolInfo(access.Expression, cancellationToken).Symbol is INamedTypeSymbol { IsGenericType: false }
        && model.GetSymbolInfo(access, cancellationToken).Symbol is { IsStatic: true } member
        && policy.IsAllowedMember(member);

    // nameof binds to no method and folds to a constant; a user method named nameof does neither. Cheaper than GetOperation.
    private bool IsNameOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" }
        && model.GetConstantValue(invocation, cancellationToken).HasValue;

    private void CheckDeclaration(SyntaxNode node)
    {
        switch (node)
        {
            case UnsafeStatementSyntax statement:
                Report(SandboxRules.UnsafeCode, "unsafe block", statement.UnsafeKeyword.GetLocation());
                break;
            case FixedStatementSyntax statement:
                Report(SandboxRules.UnsafeCode, "fixed statement", statement.FixedKeyword.GetLocation());
                break;
            case StackAllocArrayCreationExpressionSyntax { Type: ArrayTypeSyntax array } stackAlloc when !IsSmallConstant(array):
                // A stack overflow ends the process; no budget can catch it. A small, constant size cannot overflow.
                Report(SandboxRules.UnsafeCode, $"stackalloc of more than {MaxStackAllocElements:N0} elements or of a size not known at compile time",
                    stackAlloc.StackAllocKeyword.GetLocation());
                break;
            case DestructorDeclarationSyntax finalizer:
                // A finalizer runs on the finalizer thread, outside every callback budget; a hang there stalls the GC.
                Report(SandboxRules.GarbageCollector, "finalizer", finalizer.TildeToken.GetLocation());
                break;
            case MemberDeclarationSyntax member:
                CheckModifiers(member.Modifiers);
                StaticMutableStateCheck.Check(member, model, report, cancellationToken);
                break;
            case LocalFunctionStatementSyntax function:
                CheckModifiers(function.Modifiers);
                break;
            case AnonymousFunctionExpressionSyntax lambda:
                CheckModifiers(lambda.Modifiers);
                break;
        }
    }

    /// <summary>Most elements a stackalloc may have (a constant size; 1,024 longs are 8 KB).</summary>
    internal const int MaxStackAllocElements = 1024;

    private bool IsSmallConstant(ArrayTypeSyntax array) =>
        array.RankSpecifiers is [{ Sizes: [var size] }]
        && model.GetConstantValue(size, cancellationToken) is { HasValue: true, Value: int n } && n <= MaxStackAllocElements;

    private void CheckModifiers(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
                Report(SandboxRules.UnsafeCode, "unsafe modifier", modifier.GetLocation());
            // An exception escaping an async void method is rethrown on the thread pool and ends the process; async
            // code has nothing to await in a strategy anyway (tasks are forbidden).
            else if (modifier.IsKind(SyntaxKind.AsyncKeyword))
                Report(SandboxRules.ThreadsAndTimers, "async code", modifier.GetLocation());
            else if (modifier.IsKind(SyntaxKind.ExternKeyword))
                Report(SandboxRules.NativeInterop, "extern method", modifier.GetLocation());
        }
    }

    private void Report(SandboxRuleFamily family, string what, Location location) =>
        report(new SandboxViolation(family, what), location);
}
