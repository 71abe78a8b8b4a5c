using OmniAlpha.Host.Cli;
using OmniAlpha.Indicators.Catalog;

namespace OmniAlpha.Host.Indicators;

/// <summary>
/// Chooses the price column for each input of an indicator function, with TA-Lib's defaults: a single free input
/// (<see cref="IndicatorInput.Real"/>) reads the close; a function of two free inputs (<see cref="IndicatorInput.Real"/> and
/// <see cref="IndicatorInput.Real1"/>, e.g. CORREL, BETA) reads the high and the low; <c>--input0</c>/<c>--input1</c> choose
/// other columns. Fixed inputs (open, high, low, close, volume) always read their own column.
/// </summary>
internal static class IndicatorInputs
{
    /// <summary>The column each input of <paramref name="definition"/> reads by default, as <c>real=close</c> style text for listings.</summary>
    public static string Describe(IndicatorDefinition definition)
    {
        bool pair = HasPair(definition);
        return string.Join(", ", definition.Inputs.Select(input => input switch
        {
            IndicatorInput.Real => pair ? "real0=high" : "real=close",
            IndicatorInput.Real1 => "real1=low",
            _ => input.ToString().ToLowerInvariant(),
        }));
    }

    /// <summary>The arrays to pass to <see cref="IndicatorDefinition.Batch"/>, one per input, in order.</summary>
    /// <exception cref="CommandFailure">A column choice does not apply to the function or names no column of the file (exit code 2).</exception>
    public static double[][] Select(IndicatorDefinition definition, PriceColumns data, string? input0, string? input1)
    {
        bool pair = HasPair(definition);
        bool hasReal = definition.Inputs.Contains(IndicatorInput.Real);
        if (input0 is not null && !hasReal)
            throw new CommandFailure($"--input0: {definition.Name} has no free input (it reads {Describe(definition)})", 2);
        if (input1 is not null && !pair)
            throw new CommandFailure($"--input1: {definition.Name} has no second free input (it reads {Describe(definition)})", 2);

        var arrays = new double[definition.Inputs.Count][];
        for (int i = 0; i < arrays.Length; i++)
        {
            arrays[i] = definition.Inputs[i] switch
            {
                IndicatorInput.Real => Column(data, "--input0", input0 ?? (pair ? "high" : "close")),
                IndicatorInput.Real1 => Column(data, "--input1", input1 ?? "low"),
                var fixedInput => Column(data, fixedInput.ToString(), fixedInput.ToString().ToLowerInvariant()),
            };
        }
        return arrays;
    }

    private static bool HasPair(IndicatorDefinition definition) => definition.Inputs.Contains(IndicatorInput.Real1);

    private static double[] Column(PriceColumns data, string option, string name) =>
        data.Find(name) ?? throw new CommandFailure(
            $"{option}: '{name}' is not a column of {data.File} (columns: {string.Join(", ", data.Names)})", 2);
}
