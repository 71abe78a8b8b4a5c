namespace OmniAlpha.PluginHost.Manifest;

/// <summary>The arguments of an assembly's <c>[assembly: OmniAlphaPlugin]</c>, read from metadata without loading it.</summary>
internal sealed record AssemblyManifest(string Id, string Name, string Version, int Kinds, string SdkVersion, IReadOnlyList<string> EntryTypes);
