using Microsoft.Extensions.Options;
using OmniAlpha.Server.Tests.Support;

namespace OmniAlpha.Server.Tests;

/// <summary>Bad settings stop the server at start with messages naming their configuration keys.</summary>
public sealed class ServerOptionsSpec
{
    [Fact]
    public async Task Bad_settings_fail_the_start_naming_each_key()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Server:RateLimit:TokenLimit"] = "0",
            ["Server:Events:HeartbeatInterval"] = "00:00:00",
            ["Server:CorsOrigins:0"] = "https://ops.example/dashboard",
        }));
        Assert.Contains("Server:RateLimit:TokenLimit", error.Message);
        Assert.Contains("Server:Events:HeartbeatInterval", error.Message);
        Assert.Contains("https://ops.example/dashboard", error.Message);
    }
}
