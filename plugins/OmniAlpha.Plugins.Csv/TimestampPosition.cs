namespace OmniAlpha.Plugins.Csv;

/// <summary>Which end of a bar's interval the timestamps in a file mark.</summary>
public enum TimestampPosition
{
    /// <summary>The timestamp is the bar's end time (the engine's own convention).</summary>
    BarEnd,

    /// <summary>The timestamp is the bar's start time; the reader adds the bar period to get its end.</summary>
    BarStart,
}
