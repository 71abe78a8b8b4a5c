using System.Net.Http.Json;
using System.Text.Json;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>The host's REST API as the tests check it ("the API agrees"), with the admin key unless told otherwise.</summary>
internal sealed class HostApi(DashboardHost host, string? key = null) : IDisposable
{
    private readonly HttpClient _client = CreateClient(host, key ?? host.ApiKey);

    private static HttpClient CreateClient(DashboardHost host, string key)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>GET <paramref name="path"/> as a JSON document (fails the test on an error status).</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>One strategy's detail.</summary>
    public Task<JsonElement> StrategyAsync(string id) => GetAsync($"api/strategies/{Uri.EscapeDataString(id)}");

    /// <summary>Creates an API key with <paramref name="role"/> and returns its text.</summary>
    public async Task<(string Id, string Key)> CreateKeyAsync(string name, string role)
    {
        using var response = await _client.PostAsJsonAsync("api/admin/keys", new { name, role });
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST api/admin/keys: {(int)response.StatusCode} {body}");
        var created = JsonDocument.Parse(body).RootElement;
        return (created.GetProperty("id").GetString()!, created.GetProperty("key").GetString()!);
    }

    /// <summary>Revokes the key with <paramref name="id"/>.</summary>
    public async Task RevokeKeyAsync(string id)
    {
        using var response = await _client.DeleteAsync($"api/admin/keys/{Uri.EscapeDataString(id)}");
        Assert.True(response.IsSuccessStatusCode, $"DELETE api/admin/keys/{id}: {(int)response.StatusCode}");
    }

    public void Dispose() => _client.Dispose();
}
