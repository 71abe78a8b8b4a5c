using OmniAlpha.Scripting.Sandbox;

namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>The rules table is consistent: one code per family, no duplicate entries, every exception meaningful.</summary>
public sealed class SandboxRulesTests
{
    [Fact]
    public void The_families_have_the_codes_OA0101_to_OA0111_in_order()
    {
        Assert.Equal(
            Enumerable.Range(101, 11).Select(n => $"OA0{n}"),
            SandboxRules.Families.Select(f => f.Code));
        Assert.All(SandboxRules.Families, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void Every_forbidden_name_is_listed_once_and_uses_a_listed_family()
    {
        Assert.Equal(SandboxRules.Forbidden.Count, SandboxRules.Forbidden.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SandboxRules.Forbidden, r => Assert.Contains(r.Family, SandboxRules.Families));
    }

    [Fact]
    public void Every_allowed_name_is_an_exception_inside_something_forbidden()
    {
        Assert.All(SandboxRules.Allowed, allowed => Assert.Contains(
            SandboxRules.Forbidden,
            rule => allowed.StartsWith(rule.Name + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_error_ids_do_not_collide_with_the_loader_errors()
    {
        string[] loader = [StrategyErrorCodes.NoStrategy, StrategyErrorCodes.MultipleStrategies, StrategyErrorCodes.NoParameterlessConstructor];
        Assert.Empty(SandboxRules.Families.Select(f => f.Code).Intersect(loader));
    }
}
