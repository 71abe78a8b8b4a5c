using System.Globalization;
using OmniAlpha.Sdk.Brokerage;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.Plugins.Simulated;

/// <summary>
/// The simulated broker plugin (<c>simulated</c>): a <see cref="SimulatedExchange"/> per backtest, with the request's
/// settings <c>commission</c> and <c>slippage</c> (<see cref="CostModelSpec"/> forms) and <c>volume-cap</c> (a fraction
/// in (0, 1], invariant culture). A setting that does not parse fails with a message starting with its name.
/// </summary>
public sealed class SimulatedBrokerPlugin : IPlugin, IBrokerPlugin
{
    /// <inheritdoc />
    public Task StartAsync(IPluginContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">A live (not simulated) brokerage was asked for.</exception>
    /// <exception cref="FormatException">A setting does not parse (the message starts with <c>commission:</c>, <c>slippage:</c> or <c>volume-cap:</c>).</exception>
    public IBrokerage CreateBrokerage(BrokerageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Simulated) throw new NotSupportedException("the simulated broker only fills simulated (backtest or paper) orders");
        var settings = request.Settings;
        return new SimulatedExchange(new SimulatedExchangeOptions
        {
            FeeModel = Parse("commission", () => CostModelSpec.ParseCommission(settings.GetValueOrDefault("commission", "none"))),
            SlippageModel = Parse("slippage", () => CostModelSpec.ParseSlippage(settings.GetValueOrDefault("slippage", "none"))),
            MaxVolumeParticipation = settings.TryGetValue("volume-cap", out var cap) ? Parse("volume-cap", () => decimal.Parse(cap, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)) : null,
        });
    }

    private static T Parse<T>(string setting, Func<T> parse)
    {
        try { return parse(); }
        catch (FormatException e) { throw new FormatException($"{setting}: {e.Message}", e); }
    }
}
