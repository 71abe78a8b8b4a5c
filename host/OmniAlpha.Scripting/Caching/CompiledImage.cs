namespace OmniAlpha.Scripting.Caching;

/// <summary>
/// The output of a successful compile, as cached: the assembly image (IL, with the portable PDB and the source
/// embedded) and the compiler warnings, already formatted.
/// </summary>
/// <param name="Image">The PE image.</param>
/// <param name="Warnings">Formatted warning lines in source order.</param>
public sealed record CompiledImage(byte[] Image, IReadOnlyList<string> Warnings);
