using System.Globalization;

namespace OmniAlpha.Indicators.Catalog;

/// <summary>
/// Parameter values for one indicator function: TA-Lib's defaults overridden by the caller's values, each checked
/// against its <see cref="IndicatorParameter"/> range. Unknown names and out-of-range values throw <see cref="ArgumentException"/>.
/// </summary>
public sealed class IndicatorArguments
{
    private readonly IndicatorDefinition _definition;
    private readonly double[] _values;

    /// <summary>Resolves <paramref name="overrides"/> (TA-Lib parameter names, case-insensitive) against <paramref name="definition"/>.</summary>
    /// <exception cref="ArgumentException">An unknown parameter, a non-integer for an integer parameter, or a value out of range.</exception>
    public IndicatorArguments(IndicatorDefinition definition, IReadOnlyDictionary<string, double>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition;
        var parameters = definition.Parameters;
        _values = new double[parameters.Count];
        for (int i = 0; i < parameters.Count; i++) _values[i] = parameters[i].Default;
        if (overrides is null) return;
        foreach (var (name, value) in overrides)
        {
            int index = IndexOf(name);
            if (index < 0)
                throw new ArgumentException(
                    $"{definition.Name} has no parameter '{name}' (parameters: {(parameters.Count == 0 ? "none" : string.Join(", ", parameters.Select(p => p.Name)))}).",
                    nameof(overrides));
            var p = parameters[index];
            if (double.IsNaN(value) || (p.IsInteger && value != Math.Floor(value)))
                throw new ArgumentException($"{definition.Name} {p.Name} must be {(p.IsInteger ? "a whole number" : "a number")}, got {Format(value)}.", nameof(overrides));
            if (value < p.Minimum || value > p.Maximum)
                throw new ArgumentException($"{definition.Name} {p.Name} must be in [{Format(p.Minimum)}, {Format(p.Maximum)}], got {Format(value)}.", nameof(overrides));
            _values[index] = value;
        }
    }

    /// <summary>The function these arguments belong to.</summary>
    public IndicatorDefinition Definition => _definition;

    /// <summary>Value of the real parameter <paramref name="name"/>.</summary>
    public double GetDouble(string name) => _values[Require(name)];

    /// <summary>Value of the integer parameter <paramref name="name"/>.</summary>
    public int GetInt32(string name) => (int)_values[Require(name)];

    /// <summary>Value of the moving-average type parameter <paramref name="name"/>.</summary>
    public MovingAverageType GetMaType(string name) => (MovingAverageType)GetInt32(name);

    /// <summary>Every parameter as <c>name=value</c>, in definition order (for headers and logs).</summary>
    public override string ToString() =>
        string.Join(";", _definition.Parameters.Select((p, i) => $"{p.Name}={Format(_values[i])}"));

    private int IndexOf(string name)
    {
        var parameters = _definition.Parameters;
        for (int i = 0; i < parameters.Count; i++)
            if (string.Equals(parameters[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private int Require(string name)
    {
        int index = IndexOf(name);
        return index >= 0 ? index : throw new InvalidOperationException($"{_definition.Name} declares no parameter '{name}'.");
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
