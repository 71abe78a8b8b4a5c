using OmniAlpha.Host.Cli;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// One run of <c>omnialpha indicators NAME</c>: finds the function (TA-Lib name, case-insensitive), resolves its
/// parameters against TA-Lib's defaults, chooses its input columns and runs its batch computation over a price file.
/// </summary>
internal static class IndicatorCalculation
{
    /// <summary>The function called <paramref name="name"/>.</summary>
    /// <exception cref="CommandFailure">No such function (exit code 2), suggesting close names.</exception>
    public static IndicatorDefinition Find(string name)
    {
        if (IndicatorCatalog.Find(name) is { } definition) return definition;
        var close = IndicatorNameSuggestions.For(name, IndicatorCatalog.All);
        string hint = close.Count > 0 ? $"did you mean {string.Join(", ", close)}?" : "omnialpha indicators --list shows them all";
        throw new CommandFailure($"unknown indicator '{name}' ({hint})", 2);
    }

    /// <summary>TA-Lib's defaults overridden by <paramref name="overrides"/>.</summary>
    /// <exception cref="CommandFailure">An unknown parameter or a bad value (exit code 2), naming it.</exception>
    public static IndicatorArguments Arguments(IndicatorDefinition definition, IReadOnlyDictionary<string, double> overrides)
    {
        try
        {
            return definition.Arguments(overrides);
        }
        catch (ArgumentException e)
        {
            throw new CommandFailure(WithoutParameterName(e), 2, e);
        }
    }

    /// <summary>Runs the batch computation; one output array per <see cref="IndicatorDefinition.Outputs"/> entry.</summary>
    /// <exception cref="CommandFailure">The function rejected the parameter combination (exit code 2).</exception>
    public static double[][] Compute(IndicatorArguments arguments, IReadOnlyList<double[]> inputs, int rows)
    {
        var definition = arguments.Definition;
        var outputs = new double[definition.Outputs.Count][];
        for (int i = 0; i < outputs.Length; i++) outputs[i] = new double[rows];
        try
        {
            definition.Batch(arguments, inputs, outputs);
        }
        catch (ArgumentException e)
        {
            // Ranges are checked per parameter; a function may still refuse a combination (e.g. fastperiod >= slowperiod).
            throw new CommandFailure($"{definition.Name}: {WithoutParameterName(e)}", 2, e);
        }
        return outputs;
    }

    /// <summary><see cref="ArgumentException.Message"/> without the " (Parameter 'x')" suffix .NET appends.</summary>
    private static string WithoutParameterName(ArgumentException e)
    {
        string message = e.Message;
        string suffix = $" (Parameter '{e.ParamName}')";
        return e.ParamName is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
