using Microsoft.Extensions.Configuration;
using OmniAlpha.Host.Serving;
using OmniAlpha.Host.Serving.Logging;
using OmniAlpha.Host.Tests.Support;
using Serilog;

namespace OmniAlpha.Host.Tests.Serving;

/// <summary>
/// Secrets never reach a sink: the service's real pipeline (console + rolling file behind the redacting sink) is fed
/// log lines and exceptions carrying secrets, then the file and the console output are read back.
/// </summary>
public sealed class SecretRedactionTests : IDisposable
{
    private const string ApiKey = "oa_live_9f8e7d6c5b4a39281706";
    private const string StoredSecret = "broker-password-Zq81x";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string File, string Console) LogWith(Action<ILogger> write, SecretRedactor? redactor = null, IConfiguration? configuration = null)
    {
        redactor ??= Redactor();
        var console = new StringWriter();
        string logs = _folder.File("logs");
        using (var logger = ServeLogging.Create(configuration ?? new ConfigurationBuilder().Build(), redactor, logs, new ServeLogOptions(), verbose: false, console))
            write(logger);
        string file = string.Concat(Directory.GetFiles(logs, "omnialpha-*.log").Select(File.ReadAllText));
        return (file, console.ToString());
    }

    private static SecretRedactor Redactor()
    {
        var redactor = new SecretRedactor();
        redactor.Add(ApiKey);
        redactor.Add(StoredSecret);
        return redactor;
    }

    private static void AssertRedacted((string File, string Console) output, params string[] secrets)
    {
        foreach (var text in new[] { output.File, output.Console })
        {
            Assert.NotEmpty(text);
            foreach (string secret in secrets) Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.Contains(SecretRedactor.Mask, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_known_secret_in_a_structured_property_is_masked_in_file_and_console()
    {
        var output = LogWith(log => log.Information("Connecting as {User} with {Credential}", "alice", StoredSecret));
        AssertRedacted(output, StoredSecret);
        Assert.Contains("alice", output.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_secret_interpolated_into_the_message_text_is_masked()
    {
#pragma warning disable CA2254 // the point: a careless interpolated message
        var output = LogWith(log => log.Warning($"request with header X-Api-Key {ApiKey} refused"));
#pragma warning restore CA2254
        AssertRedacted(output, ApiKey);
        Assert.Contains("refused", output.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_whose_name_looks_secret_are_masked_even_when_the_value_is_unknown()
    {
        var output = LogWith(log => log.Information("Login {Password} {Token} {ApiKey} for {Account}", "hunter2-unknown", "tok-unknown-1", "key-unknown-1", "acct-7"));
        AssertRedacted(output, "hunter2-unknown", "tok-unknown-1", "key-unknown-1");
        Assert.Contains("acct-7", output.File, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_carrying_a_secret_in_its_message_or_inner_exception_is_masked()
    {
        var error = new InvalidOperationException($"broker refused password {StoredSecret}",
            new HttpRequestException($"401 for key {ApiKey}"));
        var output = LogWith(log => log.Error(error, "Broker connection failed"));
        AssertRedacted(output, StoredSecret, ApiKey);
        Assert.Contains("InvalidOperationException", output.File, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", output.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_looking_name_value_pairs_in_text_are_masked()
    {
        var output = LogWith(log => log.Information("connection string {Connection}", "host=db;password=p4ssw0rd-unknown;user=x"));
        AssertRedacted(output, "p4ssw0rd-unknown");
        Assert.Contains("user=x", output.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_values_under_secret_looking_keys_are_known_secrets()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Plugins:acme:ApiKey"] = "acme-secret-value-123",
            ["ADMIN_KEY"] = "admin-bootstrap-value-456",
            ["Plugins:acme:Region"] = "eu-west-1",
        }).Build();
        var redactor = new SecretRedactor();
        ConfiguredSecrets.Register(configuration, redactor);
        var output = LogWith(log => log.Information("plugin settings " + string.Join(", ", configuration.AsEnumerable().Select(p => p.Value))), redactor);
        AssertRedacted(output, "acme-secret-value-123", "admin-bootstrap-value-456");
        Assert.Contains("eu-west-1", output.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_without_secrets_are_written_unchanged()
    {
        var output = LogWith(log => log.Information("Filled {Quantity} {Symbol} at {Price}", 100, "ALFA", 12.5m));
        Assert.Contains("Filled 100 ALFA at 12.5", output.File, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretRedactor.Mask, output.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Password", true)]
    [InlineData("ApiKey", true)]
    [InlineData("api_key", true)]
    [InlineData("SecretsKey", true)]
    [InlineData("AccessToken", true)]
    [InlineData("key", true)]
    [InlineData("KeyFile", false)]
    [InlineData("Symbol", false)]
    [InlineData("SourceContext", false)]
    public void Secret_names_are_recognised(string name, bool secret) => Assert.Equal(secret, SecretRedactor.IsSecretName(name));
}
