namespace OmniAlpha.Persistence.Keys;

/// <summary>
/// A key just created: the only time its value exists outside the client. <see cref="ToString"/> leaves the value out,
/// so logging this object does not leak it.
/// </summary>
/// <param name="Info">The stored description.</param>
/// <param name="Key">The key itself: show it once, then forget it.</param>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"CreatedApiKey {{ Info = {Info}, Key = {Info.Prefix}... (hidden) }}";
}
