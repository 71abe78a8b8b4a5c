using OmniAlpha.Sdk.Plugins;

[assembly: OmniAlphaPlugin("csv", "CSV files", "1.0.0", PluginKinds.Data)]
