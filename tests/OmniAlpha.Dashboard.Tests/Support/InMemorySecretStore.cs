using OmniAlpha.Server.Ports;

namespace OmniAlpha.Dashboard.Tests.Support;

/// <summary>Test double of <see cref="ISecretStoreAdmin"/>; tests read <see cref="Values"/> to check what was stored.</summary>
internal sealed class InMemorySecretStore : ISecretStoreAdmin
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values
    {
        get { lock (_values) return new Dictionary<string, string>(_values); }
    }

    public void Set(string name, string value)
    {
        lock (_values)
            _values[name] = value;
    }

    public IReadOnlyList<string> Names()
    {
        lock (_values)
            return _values.Keys.ToList();
    }

    public bool Delete(string name)
    {
        lock (_values)
            return _values.Remove(name);
    }
}
