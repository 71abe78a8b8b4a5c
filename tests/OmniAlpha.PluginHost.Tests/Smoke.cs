namespace OmniAlpha.PluginHost.Tests; public class Smoke { [Fact] public void Builds() {} }
