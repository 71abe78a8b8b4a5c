using OmniAlpha.Sdk.Plugins;

[assembly: OmniAlphaPlugin("sample-data", "Sample data", "1.0.0", PluginKinds.Data)]
