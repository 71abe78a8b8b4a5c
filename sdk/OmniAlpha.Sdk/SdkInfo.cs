namespace OmniAlpha.Sdk;

/// <summary>Identity of this SDK build; plugins and compiled strategies record it so the host can check compatibility.</summary>
public static class SdkInfo
{
    /// <summary>Semantic version of the SDK contract.</summary>
    public const string Version = "1.0.0";
}
