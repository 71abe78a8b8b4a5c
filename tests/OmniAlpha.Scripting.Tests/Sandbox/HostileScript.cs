namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>One attack: a script that must be rejected with <paramref name="Code"/> at its <c>⟦</c> marker.</summary>
/// <param name="Name">What the attack tries, as the theory shows it.</param>
/// <param name="Code">The expected sandbox error code.</param>
/// <param name="Marked">The script, with <c>⟦</c> where the error must point.</param>
public sealed record HostileScript(string Name, string Code, string Marked)
{
    public override string ToString() => Name;

    /// <summary>A strategy whose <c>OnStart</c> body is <paramref name="statements"/>, after optional <paramref name="usings"/>.</summary>
    public static HostileScript InOnStart(string name, string code, string statements, string usings = "") =>
        new(name, code, Strategy(usings, $$"""
                public override void OnStart()
                {
                    {{statements}}
                }
            """));

    /// <summary>A strategy declaring <paramref name="members"/>, after optional <paramref name="usings"/>.</summary>
    public static HostileScript WithMembers(string name, string code, string members, string usings = "") =>
        new(name, code, Strategy(usings, "    " + members));

    private static string Strategy(string usings, string body) => $$"""
        {{usings}}
        public sealed class Hostile : Strategy
        {
        {{body}}
        }
        """;
}
