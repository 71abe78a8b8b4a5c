namespace OmniAlpha.Scripting.Persistence;

/// <summary>One captured <c>[Persist]</c> field.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="Type">Its type, as <see cref="PersistableTypes.Describe"/> writes it.</param>
/// <param name="Value">Its value, MessagePack-encoded.</param>
public sealed record PersistedField(string Name, string Type, ReadOnlyMemory<byte> Value);
