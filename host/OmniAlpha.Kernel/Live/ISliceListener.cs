namespace OmniAlpha.Kernel.Live;

/// <summary>
/// Implemented by the live engine's feed listener: a feed that knows when a time slice is complete (a replay) says so, and
/// the engine closes the step at once instead of waiting for a later bar or the lateness timeout.
/// </summary>
public interface ISliceListener
{
    /// <summary>Every bar ending at <paramref name="endTimeUtc"/> has been reported. May block while the engine is behind (back-pressure).</summary>
    void OnSliceComplete(DateTime endTimeUtc);
}
