using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using OmniAlpha.Kernel.Live.Journal;
using OmniAlpha.Sdk.Strategies;

namespace OmniAlpha.Kernel.Live;

public sealed partial class LiveEngine
{
    /// <summary>
    /// Applies every queued command at this time-step boundary, commits their lifecycle records (and the orders a kill
    /// placed) in one batch, releases the venue calls, and only then tells the callers.
    /// </summary>
    private void ApplyCommands()
    {
        var done = new List<(PendingCommand Pending, CommandResult Result)>();
        while (_commands.TryDequeue(out var pending))
        {
            CommandResult result;
            try
            {
                result = Apply(pending.Command);
            }
            catch (Exception e) when (e is not JournalException)
            {
                _logger.LogError(e, "Command {Kind} on {Strategy} failed: {Error}", pending.Command.Kind, pending.Command.StrategyId, e.Message);
                result = CommandResult.Fail(CommandErrorKind.Invalid, e.Message);
            }
            done.Add((pending, result));
        }
        try
        {
            CommitAndRelease(0);
        }
        catch (Exception e)
        {
            foreach (var (pending, _) in done) pending.Outcome.TrySetResult(CommandResult.Fail(CommandErrorKind.Unavailable, $"the journal failed: {e.Message}"));
            throw;
        }
        Publish();
        foreach (var (pending, result) in done) pending.Outcome.TrySetResult(result);
    }

    private CommandResult Apply(TradingCommand command)
    {
        DateTime now = _dataTime ?? BeforeData;
        string actor = command.Actor;
        if (command.Kind == TradingCommandKind.Deploy) return Deploy(command);
        if (command.StrategyId is null)
        {
            switch (command.Kind)
            {
                case TradingCommandKind.SetTradingState:
                    if (command.State is not { } hostState) return CommandResult.Fail(CommandErrorKind.Invalid, "SetTradingState needs a state");
                    _hostState = hostState;
                    Record(null, LifecycleAction.SetTradingState, hostState.ToString(), actor);
                    return CommandResult.Ok;
                case TradingCommandKind.Kill:
                    foreach (var s in _slots) { s.SetTime(now); s.Kill(command.Flatten, actor); }
                    _hostState = TradingState.Halted;
                    Record(null, LifecycleAction.Kill, command.Flatten ? "flatten" : null, actor);
                    return CommandResult.Ok;
                default:
                    return CommandResult.Fail(CommandErrorKind.Invalid, $"{command.Kind} needs a strategy id");
            }
        }
        var slot = Find(command.StrategyId);
        if (slot is null) return CommandResult.Fail(CommandErrorKind.NotFound, $"no strategy '{command.StrategyId}'");
        slot.SetTime(now);
        CommandResult result;
        switch (command.Kind)
        {
            case TradingCommandKind.Start:
                result = slot.Start();
                if (result.Succeeded) Record(slot.Id, LifecycleAction.Start, null, actor);
                return result;
            case TradingCommandKind.Stop:
                result = slot.Stop(actor);
                if (result.Succeeded) Record(slot.Id, LifecycleAction.Stop, null, actor);
                return result;
            case TradingCommandKind.Pause:
                result = slot.Pause();
                if (result.Succeeded) Record(slot.Id, LifecycleAction.Pause, null, actor);
                return result;
            case TradingCommandKind.Resume:
                result = slot.Resume();
                if (result.Succeeded) Record(slot.Id, LifecycleAction.Resume, null, actor);
                return result;
            case TradingCommandKind.SetTradingState:
                if (command.State is not { } state) return CommandResult.Fail(CommandErrorKind.Invalid, "SetTradingState needs a state");
                if (slot.Status == StrategyStatus.Failed && state != TradingState.Halted)
                    return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{slot.Id}' failed and stays HALTED");
                slot.TradingState = state;
                Record(slot.Id, LifecycleAction.SetTradingState, state.ToString(), actor);
                return CommandResult.Ok;
            case TradingCommandKind.Kill:
                slot.Kill(command.Flatten, actor);
                Record(slot.Id, LifecycleAction.Kill, command.Flatten ? "flatten" : null, actor);
                return CommandResult.Ok;
            case TradingCommandKind.Reload:
            case TradingCommandKind.Upload:
                return Reload(slot, command);
            default:
                return CommandResult.Fail(CommandErrorKind.Invalid, $"unknown command {command.Kind}");
        }
    }

    private CommandResult Deploy(TradingCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.StrategyId)) return CommandResult.Fail(CommandErrorKind.Invalid, "Deploy needs a strategy id");
        if (command.Script is not { } script) return CommandResult.Fail(CommandErrorKind.Invalid, "Deploy needs a script");
        if (Find(command.StrategyId) is not null) return CommandResult.Fail(CommandErrorKind.Conflict, $"strategy '{command.StrategyId}' already exists");
        if (script.StartingCash <= 0m) return CommandResult.Fail(CommandErrorKind.Invalid, "the starting cash must be positive");
        var version = NewVersion(command.StrategyId, 1, script, script.Symbols, script.Parameters, script.StartingCash);
        StrategySlot slot;
        try
        {
            slot = CreateSlot(version);
        }
        catch (StrategyScriptException e)
        {
            return CommandResult.Fail(CommandErrorKind.Invalid, e.Message);
        }
        if (slot.HasNewFailure)
        {
            // A strategy whose OnStart throws is not deployed: nothing of it is journaled.
            return CommandResult.Fail(CommandErrorKind.Invalid, slot.SupervisorFailure ?? "the strategy failed to start");
        }
        AddSlot(slot);
        _batch.ScriptVersions.Add(version);
        Record(slot.Id, LifecycleAction.Deploy, "1", command.Actor);
        SubscribeAsync(slot, CancellationToken.None).GetAwaiter().GetResult();
        return CommandResult.Ok;
    }

    private CommandResult Reload(StrategySlot slot, TradingCommand command)
    {
        var current = slot.Version;
        ScriptVersionRecord version;
        if (command.Script is { } script)
        {
            if (script.Symbols.Count > 0 && !script.Symbols.SequenceEqual(current.Symbols))
                return CommandResult.Fail(CommandErrorKind.Invalid, $"a reload cannot change the symbols of '{slot.Id}' ({string.Join(",", current.Symbols)}); deploy a new strategy instead");
            version = NewVersion(slot.Id, current.Version + 1, script, current.Symbols,
                script.Parameters.Count > 0 ? script.Parameters : current.Parameters, current.StartingCash);
        }
        else if (command.Kind == TradingCommandKind.Upload)
        {
            return CommandResult.Fail(CommandErrorKind.Invalid, "Upload needs a script");
        }
        else
        {
            version = current with { Version = current.Version + 1, CreatedUtc = _time.GetUtcNow().UtcDateTime };
        }
        Strategy next;
        try
        {
            next = _factory.Create(version);
        }
        catch (StrategyScriptException e)
        {
            return CommandResult.Fail(CommandErrorKind.Invalid, e.Message);
        }
        var result = slot.Reload(version, next, _factory.StateTransfer(version));
        if (!result.Succeeded) return result;
        _batch.ScriptVersions.Add(version);
        Record(slot.Id, LifecycleAction.Reload, version.Version.ToString(CultureInfo.InvariantCulture), command.Actor);
        return result;
    }

    private ScriptVersionRecord NewVersion(string id, int number, StrategyScript script, IReadOnlyList<string> symbols,
        IReadOnlyDictionary<string, string> parameters, decimal startingCash)
    {
        string language = script.FileName.EndsWith(".js", StringComparison.OrdinalIgnoreCase) ? "javascript" : "csharp";
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script.Source)));
        return new ScriptVersionRecord(id, number, language, script.FileName, script.Source, hash,
            new Dictionary<string, string>(parameters, StringComparer.Ordinal), [.. symbols], startingCash, _time.GetUtcNow().UtcDateTime);
    }

    /// <summary>Creates, attaches and starts a strategy for <paramref name="version"/> (throws <see cref="StrategyScriptException"/>).</summary>
    private StrategySlot CreateSlot(ScriptVersionRecord version)
    {
        var strategy = _factory.Create(version);
        return new StrategySlot(version, strategy, _instruments, _venues, _options, () => _hostState, _logger, _dataTime ?? BeforeData);
    }

    private void AddSlot(StrategySlot slot)
    {
        _slots.Add(slot);
        _cursors.Add(new SlotJournalCursor(slot));
    }

    private StrategySlot? Find(string id)
    {
        foreach (var slot in _slots) if (slot.Id == id) return slot;
        return null;
    }

    private void Record(string? strategyId, LifecycleAction action, string? argument, string actor)
    {
        if (_catchingUp) return;
        _batch.Lifecycle.Add(new LifecycleRecord(strategyId, _dataTime ?? BeforeData, action, argument, actor, _time.GetUtcNow().UtcDateTime));
        _dirty = true;
    }
}
