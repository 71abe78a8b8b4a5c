namespace OmniAlpha.Indicators.Catalog;

/// <summary>
/// Fills <paramref name="outputs"/> (one array per output, each as long as the inputs) from <paramref name="inputs"/>
/// (one array per <see cref="IndicatorDefinition.Inputs"/> entry, in that order); NaN where there is no value yet.
/// </summary>
public delegate void IndicatorBatch(IndicatorArguments arguments, IReadOnlyList<double[]> inputs, IReadOnlyList<double[]> outputs);

/// <summary>
/// One TA-Lib function as OmniAlpha offers it: name, inputs, parameters with TA-Lib's defaults, TA-Lib's output names,
/// and both the batch computation and a factory for the streaming indicator (which give identical values).
/// </summary>
public sealed class IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    public IndicatorDefinition(string name, string group, string description, IReadOnlyList<IndicatorInput> inputs,
        IReadOnlyList<IndicatorParameter> parameters, IReadOnlyList<string> outputs,
        IndicatorBatch batch, Func<IndicatorArguments, IIndicator> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(create);
        if (outputs is null || outputs.Count == 0) throw new ArgumentException("An indicator has at least one output.", nameof(outputs));
        Name = name.ToUpperInvariant();
        Group = group;
        Description = description;
        Inputs = inputs;
        Parameters = parameters;
        Outputs = outputs;
        Batch = batch;
        Create = create;
    }

    /// <summary>TA-Lib's function name in upper case, e.g. <c>RSI</c>, <c>MACD</c>, <c>CDLENGULFING</c>.</summary>
    public string Name { get; }

    /// <summary>TA-Lib's group, e.g. "Overlap Studies", "Momentum Indicators", "Pattern Recognition".</summary>
    public string Group { get; }

    /// <summary>One-line description.</summary>
    public string Description { get; }

    /// <summary>Input series, in the order <see cref="Batch"/> takes them.</summary>
    public IReadOnlyList<IndicatorInput> Inputs { get; }

    /// <summary>Optional parameters with TA-Lib's names and defaults.</summary>
    public IReadOnlyList<IndicatorParameter> Parameters { get; }

    /// <summary>TA-Lib's lowercase output names (a single output carries the function's own lowercase name).</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The batch computation.</summary>
    public IndicatorBatch Batch { get; }

    /// <summary>Creates the streaming indicator for these arguments (an <see cref="ISeriesIndicator"/>, <see cref="IBarIndicator"/> or <see cref="IPairIndicator"/>).</summary>
    public Func<IndicatorArguments, IIndicator> Create { get; }

    /// <summary>Resolves parameters, applying TA-Lib's defaults to any not given.</summary>
    public IndicatorArguments Arguments(IReadOnlyDictionary<string, double>? overrides = null) => new(this, overrides);
}
