using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using OmniAlpha.Service.Tests.Support;
using OmniAlpha.Tests.Shared;

namespace OmniAlpha.Service.Tests;

/// <summary>TLS is Kestrel's standard configuration: an https endpoint with a certificate file in Kestrel:Endpoints.</summary>
public sealed class ServiceHttpsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_https_endpoint_with_a_self_signed_pfx_serves_the_api()
    {
        const string password = "pfx-password-for-test-only";
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        string pfx = _folder.File("server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, password));

        int port = LocalProcess.FreeLoopbackPort();
        var config = JsonSerializer.Deserialize<Dictionary<string, object>>(ServiceConfig.Json(symbolCount: 2, barCount: 50, speed: 86_400, stopAtEnd: false,
            compileCacheDir: null, [("sma", "SmaCross.cs", ["ALFA"], null)], checkpointInterval: "00:00:01"))!;
        config["Kestrel"] = new
        {
            Endpoints = new { Https = new { Url = $"https://127.0.0.1:{port}", Certificate = new { Path = "server.pfx" } } },
        };
        string configFile = _folder.Write("appsettings.json", JsonSerializer.Serialize(config));

        await using var service = ServiceProcess.Start(configFile, _folder.File("data"),
            new Dictionary<string, string> { ["OMNIALPHA_Kestrel__Endpoints__Https__Certificate__Password"] = password });
        using var handler = new HttpClientHandler
        {
            // Trust exactly this certificate, nothing else.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var https = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode? status = null;
        while (DateTime.UtcNow < deadline && status != HttpStatusCode.OK)
        {
            Assert.False(service.HasExited, service.Output);
            try { status = (await https.GetAsync("/health/ready")).StatusCode; }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        Assert.Equal(HttpStatusCode.OK, status);
        using var anonymous = await https.GetAsync("/api/strategies");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain(password, service.Output, StringComparison.Ordinal);
    }
}
