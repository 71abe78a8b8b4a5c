using OmniAlpha.Sdk.Plugins;

// The manifest, read by the host without running any plugin code: the id (also the plugin's folder and DLL name under
// plugins/ and its configuration section Plugins:my-plugin), the display name, the plugin's own version (keep it equal
// to <Version> in the project file) and what it provides. The SDK version it was built against is filled in by the
// attribute's default: SdkInfo.Version of the OmniAlpha.Sdk package it compiles against.
#if (kind == "broker")
[assembly: OmniAlphaPlugin("my-plugin", "MyPlugin", "0.1.0", PluginKinds.Broker)]
#elif (kind == "data")
[assembly: OmniAlphaPlugin("my-plugin", "MyPlugin", "0.1.0", PluginKinds.Data)]
#elif (kind == "risk")
[assembly: OmniAlphaPlugin("my-plugin", "MyPlugin", "0.1.0", PluginKinds.Risk)]
#else
[assembly: OmniAlphaPlugin("my-plugin", "MyPlugin", "0.1.0", PluginKinds.Analytics)]
#endif
