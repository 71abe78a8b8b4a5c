using OmniAlpha.Isolation.Protocol;
using OmniAlpha.Isolation.Protocol.Messages;

namespace OmniAlpha.Worker;

/// <summary>
/// Turns an error the kernel raised on the host into the exception the strategy would have seen in process: the same
/// type and message for the exception types the kernel's strategy API throws.
/// </summary>
internal static class RemoteErrors
{
    public static Exception Rethrow(CallError error) =>
        RemoteExceptions.Create(error.ExceptionType, error.Message) ?? new InvalidOperationException($"{error.ExceptionType}: {error.Message}");
}
