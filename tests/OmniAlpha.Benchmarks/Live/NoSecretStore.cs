using OmniAlpha.Server.Ports;

namespace OmniAlpha.Benchmarks.Live;

/// <summary>The secret port of a host without secrets (the benchmark's strategies need none).</summary>
public sealed class NoSecretStore : ISecretStoreAdmin
{
    /// <inheritdoc />
    public void Set(string name, string value) => throw new NotSupportedException("The load benchmark stores no secrets.");

    /// <inheritdoc />
    public IReadOnlyList<string> Names() => [];

    /// <inheritdoc />
    public bool Delete(string name) => false;
}
