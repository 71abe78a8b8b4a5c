namespace OmniAlpha.Sdk.Plugins;

/// <summary>What an <see cref="IAnalyticsPlugin"/> produced.</summary>
/// <param name="Title">What the report is (e.g. <c>Monthly returns</c>).</param>
/// <param name="Metrics">Named numbers, in the order to show them; null where a metric is undefined.</param>
/// <param name="Files">Paths of files the plugin wrote (charts, tables); empty when none.</param>
public sealed record AnalyticsReport(string Title, IReadOnlyList<KeyValuePair<string, double?>> Metrics, IReadOnlyList<string> Files);
