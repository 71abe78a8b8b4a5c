using OmniAlpha.Isolation.Protocol.Messages;

namespace OmniAlpha.Worker;

/// <summary>
/// Turns an error the kernel raised on the host into the exception the strategy would have seen in process: the same
/// type for the exceptions the kernel's strategy API throws, with the same message.
/// </summary>
internal static class RemoteErrors
{
    public static Exception Rethrow(CallError error) => error.ExceptionType switch
    {
        nameof(ArgumentOutOfRangeException) => new ArgumentOutOfRangeException(null, error.Message),
        nameof(ArgumentNullException) => new ArgumentNullException(null, error.Message),
        nameof(ArgumentException) => new ArgumentException(error.Message),
        nameof(InvalidOperationException) => new InvalidOperationException(error.Message),
        nameof(KeyNotFoundException) => new KeyNotFoundException(error.Message),
        nameof(FormatException) => new FormatException(error.Message),
        nameof(TimeZoneNotFoundException) => new TimeZoneNotFoundException(error.Message),
        nameof(InvalidTimeZoneException) => new InvalidTimeZoneException(error.Message),
        nameof(NotSupportedException) => new NotSupportedException(error.Message),
        _ => new InvalidOperationException($"{error.ExceptionType}: {error.Message}"),
    };
}
