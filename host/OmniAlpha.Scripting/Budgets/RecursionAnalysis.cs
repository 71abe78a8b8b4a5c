using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace OmniAlpha.Scripting.Budgets;

/// <summary>
/// Finds the bodies of a script that can take part in a recursion, so that only they pay for call-depth accounting.
/// A conservative call graph over the script's own bodies (methods, accessors, constructors, operators, local
/// functions, lambdas) plus two pseudo-nodes: <c>External</c>, for code outside the script (the SDK, the BCL, and the
/// script's compiler-generated members), and <c>Anything</c>, for an operation whose implicit calls are not modelled.
/// A body needs depth accounting when it lies on a cycle of that graph.
/// </summary>
/// <remarks>
/// Edges: every method, accessor, constructor or operator an operation of the body names or calls implicitly (foreach,
/// deconstruction, patterns, indexers, ranges, conversions); a call of a virtual, abstract or interface member also goes
/// to External; a string concatenation or interpolation goes to External (it calls ToString); an operation kind not
/// modelled goes to Anything, which reaches every body. External reaches every body it could call: lambdas, method
/// groups converted to delegates, virtual/override/interface-implementing members, accessors (compiler-generated record
/// members call them), constructors and operators, field initializers and iterator bodies. It does not reach the
/// overrides of the strategy callbacks (OnStart, OnBar, OnOrderEvent, ...): the engine calls them only from its invoker,
/// never while script code is on the stack. Soundness: a body not on a cycle can appear at most once on the stack, so
/// any unbounded recursion keeps entering a body that counts depth.
/// </remarks>
internal sealed class RecursionAnalysis
{
    private const int External = 0, Anything = 1, Initializers = 2, FirstBody = 3;

    private static readonly HashSet<string> EngineCallbacks = ["OnStart", "OnBar", "OnQuote", "OnTrade", "OnOrderEvent", "OnEnd"];

    // Operations that call nothing by themselves (their children are visited).
    private static readonly HashSet<OperationKind> CallFree =
    [
        OperationKind.Block, OperationKind.VariableDeclarationGroup, OperationKind.VariableDeclaration, OperationKind.VariableDeclarator,
        OperationKind.VariableInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer,
        OperationKind.ExpressionStatement, OperationKind.Return, OperationKind.YieldReturn, OperationKind.YieldBreak,
        OperationKind.Conditional, OperationKind.Loop, OperationKind.Branch, OperationKind.Labeled, OperationKind.Empty,
        OperationKind.Literal, OperationKind.LocalReference, OperationKind.ParameterReference, OperationKind.FieldReference,
        OperationKind.InstanceReference, OperationKind.ArrayElementReference, OperationKind.ArrayCreation, OperationKind.ArrayInitializer,
        OperationKind.SimpleAssignment, OperationKind.Coalesce, OperationKind.CoalesceAssignment, OperationKind.ConditionalAccess,
        OperationKind.ConditionalAccessInstance, OperationKind.IsType, OperationKind.IsNull, OperationKind.Throw, OperationKind.Try,
        OperationKind.CatchClause, OperationKind.Tuple, OperationKind.DefaultValue, OperationKind.TypeOf, OperationKind.SizeOf,
        OperationKind.NameOf, OperationKind.Argument, OperationKind.Discard, OperationKind.DeclarationExpression,
        OperationKind.DelegateCreation, OperationKind.ObjectOrCollectionInitializer, OperationKind.MemberInitializer,
        OperationKind.SwitchExpression, OperationKind.SwitchExpressionArm, OperationKind.Switch, OperationKind.SwitchCase,
        OperationKind.CaseClause, OperationKind.IsPattern, OperationKind.ConstantPattern, OperationKind.DeclarationPattern,
        OperationKind.TypePattern, OperationKind.RelationalPattern, OperationKind.NegatedPattern, OperationKind.BinaryPattern,
        OperationKind.DiscardPattern, OperationKind.PropertySubpattern, OperationKind.Parenthesized, OperationKind.EventAssignment,
        OperationKind.InterpolatedStringText, OperationKind.Interpolation, OperationKind.InterpolatedStringHandlerCreation,
        OperationKind.InterpolatedStringAppendLiteral, OperationKind.InterpolatedStringAppendFormatted,
        OperationKind.InterpolatedStringAppendInvalid, OperationKind.InterpolatedStringHandlerArgumentPlaceholder,
        OperationKind.InterpolatedStringAddition, OperationKind.TranslatedQuery, OperationKind.MethodBody,
        OperationKind.ConstructorBody, OperationKind.CaughtException, OperationKind.Utf8String, OperationKind.InlineArrayAccess,
    ];

    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<IMethodSymbol, int> _bodyOf = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> _delegateTargets = new(SymbolEqualityComparer.Default);
    private readonly List<SyntaxNode> _bodies = [];
    private readonly List<IMethodSymbol> _symbols = [];
    private readonly List<HashSet<int>> _edges = [[], [], []];

    private RecursionAnalysis(SemanticModel model, CancellationToken cancellationToken)
    {
        _model = model;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The declarations (method, accessor, arrow property or indexer, local function, lambda) whose bodies need depth accounting.</summary>
    public static IReadOnlySet<SyntaxNode> FindRecursiveBodies(SemanticModel model, SyntaxNode root, CancellationToken cancellationToken)
    {
        var analysis = new RecursionAnalysis(model, cancellationToken);
        analysis.CollectBodies(root);
        analysis.CollectEdges(root);
        var onCycle = StronglyConnected.OnCycle(analysis._edges);
        var result = new HashSet<SyntaxNode>();
        for (int i = 0; i < analysis._bodies.Count; i++)
            if (onCycle[FirstBody + i]) result.Add(analysis._bodies[i]);
        return result;
    }

    private void CollectBodies(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            IMethodSymbol? symbol = node switch
            {
                BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax =>
                    _model.GetDeclaredSymbol(node, _cancellationToken) as IMethodSymbol,
                PropertyDeclarationSyntax { ExpressionBody: not null } p => _model.GetDeclaredSymbol(p, _cancellationToken)?.GetMethod,
                IndexerDeclarationSyntax { ExpressionBody: not null } ix => _model.GetDeclaredSymbol(ix, _cancellationToken)?.GetMethod,
                AnonymousFunctionExpressionSyntax lambda => _model.GetSymbolInfo(lambda, _cancellationToken).Symbol as IMethodSymbol,
                _ => null,
            };
            if (symbol is null || !HasBody(node)) continue;
            _bodyOf[symbol.OriginalDefinition] = FirstBody + _bodies.Count;
            _bodies.Add(node);
            _symbols.Add(symbol.OriginalDefinition);
            _edges.Add([]);
        }
    }

    private static bool HasBody(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax m => m.Body is not null || m.ExpressionBody is not null,
        AccessorDeclarationSyntax a => a.Body is not null || a.ExpressionBody is not null,
        LocalFunctionStatementSyntax f => f.Body is not null || f.ExpressionBody is not null,
        _ => true,
    };

    private void CollectEdges(SyntaxNode root)
    {
        for (int i = 0; i < _bodies.Count; i++)
        {
            var node = _bodies[i];
            var operation = node switch
            {
                PropertyDeclarationSyntax p => _model.GetOperation(p.ExpressionBody!, _cancellationToken),
                IndexerDeclarationSyntax ix => _model.GetOperation(ix.ExpressionBody!, _cancellationToken),
                _ => _model.GetOperation(node, _cancellationToken),
            };
            int from = FirstBody + i;
            if (operation is null) _edges[from].Add(Anything);
            else foreach (var child in operation.ChildOperations) Walk(child, from);
            if (_symbols[i].MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor) _edges[from].Add(Initializers);
        }
        // Field and property initializers, primary-constructor base arguments: code run by constructors, outside any body.
        foreach (var node in root.DescendantNodes(n => !IsBody(n)))
        {
            if (node is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax } initializer)
                WalkExpression(initializer, Initializers);
            else if (node is PrimaryConstructorBaseTypeSyntax primary)
                foreach (var argument in primary.ArgumentList.Arguments) WalkExpression(argument.Expression, Initializers);
        }
        _edges[External].Add(Initializers);
        for (int i = 0; i < _symbols.Count; i++)
            if (IsCallableFromOutside(_symbols[i], _bodies[i])) _edges[External].Add(FirstBody + i);
        for (int i = 0; i < _edges.Count; i++) _edges[Anything].Add(i);
    }

    private bool IsBody(SyntaxNode node) => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax
        or AnonymousFunctionExpressionSyntax or ArrowExpressionClauseSyntax;

    private void WalkExpression(SyntaxNode expression, int from)
    {
        if (_model.GetOperation(expression, _cancellationToken) is { } operation) Walk(operation, from);
        else _edges[from].Add(Anything);
    }

    /// <summary>Whether code outside the script (or generated for it) can call this body.</summary>
    private bool IsCallableFromOutside(IMethodSymbol symbol, SyntaxNode body)
    {
        if (body is AnonymousFunctionExpressionSyntax || _delegateTargets.Contains(symbol)) return true;
        if (symbol.IsIterator) return true; // run by its enumerator's MoveNext
        if (symbol.MethodKind == MethodKind.LocalFunction) return false;
        if (symbol.MethodKind is not (MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation)) return true;
        if (IsEngineCallback(symbol)) return false;
        if (symbol.IsVirtual || symbol.IsOverride || symbol.IsAbstract || symbol.MethodKind == MethodKind.ExplicitInterfaceImplementation) return true;
        foreach (var contract in symbol.ContainingType.AllInterfaces)
            foreach (var member in contract.GetMembers())
                if (SymbolEqualityComparer.Default.Equals(symbol.ContainingType.FindImplementationForInterfaceMember(member), symbol)) return true;
        return false;
    }

    /// <summary>An override of one of the SDK Strategy's callbacks: only the engine's invoker calls it, at the top of the stack.</summary>
    private static bool IsEngineCallback(IMethodSymbol symbol)
    {
        if (!symbol.IsOverride || !EngineCallbacks.Contains(symbol.Name)) return false;
        var root = symbol;
        while (root.OverriddenMethod is { } overridden) root = overridden;
        return root.ContainingType is { Name: "Strategy", ContainingNamespace: { Name: "Strategies", ContainingNamespace: { Name: "Sdk", ContainingNamespace.Name: "OmniAlpha" } } }
            && root.ContainingAssembly.Name == "OmniAlpha.Sdk";
    }

    private void Walk(IOperation operation, int from)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IAnonymousFunctionOperation or ILocalFunctionOperation:
                return; // bodies of their own; creating a delegate calls nothing
            case IMethodReferenceOperation reference:
                _delegateTargets.Add(reference.Method.OriginalDefinition);
                break;
            case IInvocationOperation invocation:
                Target(invocation.TargetMethod, from);
                break;
            case IObjectCreationOperation creation:
                Target(creation.Constructor, from);
                break;
            case IPropertyReferenceOperation property:
                Target(property.Property.GetMethod, from);
                Target(property.Property.SetMethod, from);
                break;
            case IEventReferenceOperation e:
                Target(e.Event.AddMethod, from);
                Target(e.Event.RemoveMethod, from);
                break;
            case IBinaryOperation binary:
                Target(binary.OperatorMethod, from);
                // A user-defined && or || also calls the type's operator true or false.
                if (binary is { OperatorMethod: { } op, OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
                    foreach (var member in op.ContainingType.GetMembers())
                        if (member is IMethodSymbol { Name: "op_True" or "op_False" } truth) Target(truth, from);
                if (binary.OperatorMethod is null && binary.Type?.SpecialType == SpecialType.System_String) _edges[from].Add(External);
                break;
            case IUnaryOperation unary:
                Target(unary.OperatorMethod, from);
                break;
            case IIncrementOrDecrementOperation step:
                Target(step.OperatorMethod, from);
                break;
            case ICompoundAssignmentOperation compound:
                Target(compound.OperatorMethod, from);
                Target(compound.InConversion.MethodSymbol, from);
                Target(compound.OutConversion.MethodSymbol, from);
                if (compound.OperatorMethod is null && compound.Type?.SpecialType == SpecialType.System_String) _edges[from].Add(External);
                break;
            case IConversionOperation conversion:
                Target(conversion.OperatorMethod, from);
                break;
            case IInterpolatedStringOperation:
                _edges[from].Add(External); // formats its values: ToString, IFormattable
                break;
            case IForEachLoopOperation loop when loop.Syntax is CommonForEachStatementSyntax syntax:
                var info = _model.GetForEachStatementInfo(syntax);
                Target(info.GetEnumeratorMethod, from);
                Target(info.MoveNextMethod, from);
                Target(info.CurrentProperty?.GetMethod, from);
                Target(info.DisposeMethod, from);
                Target(info.ElementConversion.MethodSymbol, from);
                Target(info.CurrentConversion.MethodSymbol, from);
                if (syntax is ForEachVariableStatementSyntax variables) Deconstruction(_model.GetDeconstructionInfo(variables), from);
                break;
            case IDeconstructionAssignmentOperation when operation.Syntax is AssignmentExpressionSyntax assignment:
                Deconstruction(_model.GetDeconstructionInfo(assignment), from);
                break;
            case IRecursivePatternOperation recursive:
                Target(recursive.DeconstructSymbol as IMethodSymbol, from);
                break;
            case IListPatternOperation list:
                TargetMember(list.LengthSymbol, from);
                TargetMember(list.IndexerSymbol, from);
                break;
            case ISlicePatternOperation slice:
                TargetMember(slice.SliceSymbol, from);
                break;
            case IImplicitIndexerReferenceOperation indexer:
                TargetMember(indexer.LengthSymbol, from);
                TargetMember(indexer.IndexerSymbol, from);
                break;
            case IRangeOperation range:
                Target(range.Method, from);
                break;
            case IWithOperation with:
                Target(with.CloneMethod, from);
                break;
            case ILockOperation or ITypeParameterObjectCreationOperation or IAnonymousObjectCreationOperation:
                _edges[from].Add(External);
                break;
            case ILoopOperation:
                break; // while, do, for: their conditions and bodies are children
            default:
                if (!CallFree.Contains(operation.Kind)) _edges[from].Add(Anything);
                break;
        }
        foreach (var child in operation.ChildOperations) Walk(child, from);
    }

    private void Deconstruction(DeconstructionInfo info, int from)
    {
        Target(info.Method, from);
        Target(info.Conversion?.MethodSymbol, from);
        foreach (var nested in info.Nested) Deconstruction(nested, from);
    }

    private void TargetMember(ISymbol? member, int from)
    {
        if (member is IMethodSymbol method) Target(method, from);
        else if (member is IPropertySymbol property)
        {
            Target(property.GetMethod, from);
            Target(property.SetMethod, from);
        }
    }

    private void Target(IMethodSymbol? method, int from)
    {
        if (method is null) return;
        method = method.ReducedFrom ?? method;
        method = (method.PartialImplementationPart ?? method).OriginalDefinition;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _model.Compilation.Assembly))
        {
            _edges[from].Add(External);
            return;
        }
        if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor) _edges[from].Add(Initializers);
        if (_bodyOf.TryGetValue(method, out int body)) _edges[from].Add(body);
        // A virtual call can land in any override; a generated member (record Equals, PrintMembers, a delegate's
        // Invoke) or an abstract or interface member runs code the graph only knows as External.
        if (method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsImplicitlyDeclared || method.IsExtern
            || method.ContainingType.TypeKind is TypeKind.Interface or TypeKind.Delegate || !_bodyOf.ContainsKey(method) && !IsAutoAccessor(method))
        {
            _edges[from].Add(External);
        }
    }

    /// <summary>An accessor of an auto-property (<c>get;</c>, <c>set;</c>, <c>init;</c>): reads or writes its field, calls nothing.</summary>
    private static bool IsAutoAccessor(IMethodSymbol method) =>
        method.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet
        && method.DeclaringSyntaxReferences is [var reference]
        && reference.GetSyntax() is AccessorDeclarationSyntax { Body: null, ExpressionBody: null };
}
