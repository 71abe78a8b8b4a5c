using OmniAlpha.Sdk.Plugins;

[assembly: OmniAlphaPlugin("simulated", "Simulated exchange", "1.0.0", PluginKinds.Broker)]
