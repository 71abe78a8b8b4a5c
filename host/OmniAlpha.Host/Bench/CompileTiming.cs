namespace OmniAlpha.Host.Bench;

/// <summary>One compile or reload timing, as printed by <c>omnialpha bench</c>.</summary>
/// <param name="Case">Case name.</param>
/// <param name="Milliseconds">Median time (the single time for the cold compile).</param>
/// <param name="Runs">Timed runs.</param>
/// <param name="Note">What is measured.</param>
internal sealed record CompileTiming(string Case, double Milliseconds, int Runs, string Note);
