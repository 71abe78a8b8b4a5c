namespace OmniAlpha.Isolation;

/// <summary>
/// The scheduled callbacks an isolated strategy registered with the kernel. The kernel cannot forget a registration,
/// so a restarted worker's registrations reuse the slots of the same schedules (in order) rather than adding
/// duplicates; slots the new worker does not claim fall silent.
/// </summary>
internal sealed class ScheduleTable
{
    private readonly List<Slot> _slots = [];
    private int _generation;

    /// <summary>Number of slots (the index the next <see cref="Add"/> returns).</summary>
    public int Count => _slots.Count;

    /// <summary>Starts a new worker generation: every slot waits to be claimed again.</summary>
    public void NewGeneration() => _generation++;

    /// <summary>
    /// Binds <paramref name="workerCallbackId"/> to an unclaimed slot of the same schedule from an earlier worker; returns
    /// that slot, or -1 when the kernel must register a new one (then call <see cref="Add"/>).
    /// </summary>
    public int Claim(string schedule, int workerCallbackId)
    {
        for (int i = 0; i < _slots.Count; i++)
        {
            var slot = _slots[i];
            if (slot.Generation < _generation && slot.Schedule == schedule)
            {
                _slots[i] = slot with { WorkerCallbackId = workerCallbackId, Generation = _generation };
                return i;
            }
        }
        return -1;
    }

    /// <summary>Adds a slot for a new kernel registration; returns its index.</summary>
    public int Add(string schedule, int workerCallbackId)
    {
        _slots.Add(new Slot(schedule, workerCallbackId, _generation));
        return _slots.Count - 1;
    }

    /// <summary>The current worker's callback id for <paramref name="slot"/>; false when no live worker claimed it.</summary>
    public bool TryGetWorkerCallback(int slot, out int workerCallbackId)
    {
        var s = _slots[slot];
        workerCallbackId = s.WorkerCallbackId;
        return s.Generation == _generation;
    }

    private readonly record struct Slot(string Schedule, int WorkerCallbackId, int Generation);
}
