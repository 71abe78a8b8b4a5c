namespace OmniAlpha.Isolation.Protocol;

/// <summary>
/// Recreates, on one side, an exception thrown on the other: the same type and message for the exception types the
/// strategy API and ordinary script code throw, so an error reads the same at every isolation level.
/// </summary>
public static class RemoteExceptions
{
    /// <summary>A new exception of the type named <paramref name="typeName"/> with <paramref name="message"/>; null for other types.</summary>
    public static Exception? Create(string typeName, string message) => typeName switch
    {
        nameof(ArgumentOutOfRangeException) => new ArgumentOutOfRangeException(null, message),
        nameof(ArgumentNullException) => new ArgumentNullException(null, message),
        nameof(ArgumentException) => new ArgumentException(message),
        nameof(InvalidOperationException) => new InvalidOperationException(message),
        nameof(KeyNotFoundException) => new KeyNotFoundException(message),
        nameof(FormatException) => new FormatException(message),
        nameof(NotSupportedException) => new NotSupportedException(message),
        nameof(NotImplementedException) => new NotImplementedException(message),
        nameof(TimeZoneNotFoundException) => new TimeZoneNotFoundException(message),
        nameof(InvalidTimeZoneException) => new InvalidTimeZoneException(message),
        nameof(IndexOutOfRangeException) => new IndexOutOfRangeException(message),
        nameof(NullReferenceException) => new NullReferenceException(message),
        nameof(DivideByZeroException) => new DivideByZeroException(message),
        nameof(OverflowException) => new OverflowException(message),
        nameof(InvalidCastException) => new InvalidCastException(message),
        nameof(ArithmeticException) => new ArithmeticException(message),
        _ => null,
    };
}
