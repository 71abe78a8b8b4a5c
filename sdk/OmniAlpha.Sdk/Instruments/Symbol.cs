namespace OmniAlpha.Sdk.Instruments;

/// <summary>
/// A ticker that identifies an instrument. A value type wrapping the ticker string, so passing symbols
/// around never allocates. Comparison is case-insensitive ordinal; <see cref="Value"/> keeps the spelling
/// it was created with.
/// </summary>
public readonly struct Symbol : IEquatable<Symbol>, IComparable<Symbol>
{
    /// <summary>Creates a symbol from a ticker.</summary>
    /// <exception cref="ArgumentException">The ticker is empty or contains white space or a comma.</exception>
    public Symbol(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException("A symbol needs a non-empty ticker.", nameof(value));
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c == ',')
                throw new ArgumentException($"Ticker '{value}' contains white space or a comma.", nameof(value));
        }
        Value = value;
        _hash = StringComparer.OrdinalIgnoreCase.GetHashCode(value);
    }

    // Cached: symbols key the engine's per-bar dictionary lookups, and hashing the string each time is the cost.
    private readonly int _hash;

    /// <summary>The ticker as written.</summary>
    public string Value { get; }

    /// <summary>True for the default (empty) symbol.</summary>
    public bool IsEmpty => Value is null;

    /// <summary>Converts a ticker string to a symbol.</summary>
    public static implicit operator Symbol(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(Symbol other) =>
        _hash == other._hash && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Symbol other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public int CompareTo(Symbol other) => string.Compare(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Symbol left, Symbol right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Symbol left, Symbol right) => !left.Equals(right);
}
