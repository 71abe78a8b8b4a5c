using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OmniAlpha.Server.Tests.Support;

/// <summary>Reading and sending JSON the way a client of the API does (no shared types: the wire format is the spec).</summary>
internal static class Json
{
    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("The response body is JSON null.");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body);

    /// <summary>Asserts an RFC 7807 problem document with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonNode> AssertProblemAsync(this HttpResponseMessage response, int status)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // no stack trace lines
        return problem;
    }

    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("missing string");

    public static decimal Decimal(this JsonNode? node) => node?.GetValue<decimal>() ?? throw new InvalidOperationException("missing number");

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
