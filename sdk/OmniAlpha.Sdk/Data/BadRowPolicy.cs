namespace OmniAlpha.Sdk.Data;

/// <summary>What a data reader does with a malformed row.</summary>
public enum BadRowPolicy
{
    /// <summary>Stop with a <see cref="DataFormatException"/> naming file, line and field (the default).</summary>
    Fail,
    /// <summary>Skip the row and count it; never produce a bar from it.</summary>
    Skip,
}
