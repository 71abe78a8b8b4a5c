using OmniAlpha.Host.Cli;
using OmniAlpha.PluginHost.Loading;
using OmniAlpha.PluginHost.Resilience;

namespace OmniAlpha.Host.Backtesting;

/// <summary>
/// Turns a plugin's refusal of a run setting into the command line's words: plugins name a bad setting at the start of
/// their message (<c>commission: ...</c>), which is the option <c>--commission</c> here. A plugin that is missing,
/// disabled or keeps failing is bad input too (exit 1), not an internal error.
/// </summary>
internal static class PluginSettingFailure
{
    public static T Translate<T>(IEnumerable<string> settings, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is ArgumentException or FormatException && settings.FirstOrDefault(s => e.Message.StartsWith(s + ":", StringComparison.Ordinal)) is not null)
        {
            throw new CommandFailure("--" + e.Message, inner: e);
        }
        catch (PluginUnavailableException e)
        {
            throw new CommandFailure(e.Message, inner: e);
        }
        catch (PluginCallException e)
        {
            throw new CommandFailure(e.Message, inner: e);
        }
    }
}
