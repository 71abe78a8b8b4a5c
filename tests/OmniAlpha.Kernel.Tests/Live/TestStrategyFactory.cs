using OmniAlpha.Kernel.Live;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Tests.Live;

/// <summary>Creates precompiled test strategies by script file name; "Broken.cs" does not compile.</summary>
internal sealed class TestStrategyFactory : IStrategyFactory
{
    private readonly Dictionary<string, Func<ScriptVersionRecord, Strategy>> _byFile = new(StringComparer.Ordinal)
    {
        ["SmaCross.cs"] = _ => new SmaCross(),
    };

    public TestStrategyFactory Add(string fileName, Func<ScriptVersionRecord, Strategy> create)
    {
        _byFile[fileName] = create;
        return this;
    }

    public List<ScriptVersionRecord> Created { get; } = [];

    public Strategy Create(ScriptVersionRecord version)
    {
        Created.Add(version);
        if (!_byFile.TryGetValue(version.FileName, out var create))
            throw new StrategyScriptException($"{version.FileName}(1,1): error CS0000: no such test strategy");
        return create(version);
    }

    public Action<Strategy, Strategy>? StateTransfer(ScriptVersionRecord version) => null;
}
