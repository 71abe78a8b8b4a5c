using System.Net;
using System.Net.Sockets;

namespace OmniAlpha.Tests.Shared;

/// <summary>What tests that start child processes (omnialpha, dotnet new, omnialpha serve) need from the machine.</summary>
internal static class LocalProcess
{
    /// <summary>
    /// The dotnet muxer to start children with: the one running this test host, else the SDK's DOTNET_HOST_PATH, else
    /// "dotnet" from PATH.
    /// </summary>
    public static string DotnetHost()
    {
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        string? fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(fromSdk) ? "dotnet" : fromSdk;
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
