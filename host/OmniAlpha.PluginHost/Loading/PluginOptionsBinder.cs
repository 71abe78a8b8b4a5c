using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Loading;

/// <summary>
/// Binds a plugin's configuration section to its options type and validates it (unknown keys, conversion errors,
/// DataAnnotations attributes, <see cref="IValidatableObject"/>), naming every full key in the errors. Validation walks
/// the attributes itself rather than through <see cref="Validator"/>, whose static type cache would keep a plugin's
/// types, and so its load context, alive after the plugin is unloaded.
/// </summary>
internal static class PluginOptionsBinder
{
    public static TOptions Bind<TOptions>(IConfigurationSection section) where TOptions : class, new()
    {
        var problems = new List<string>();
        var properties = typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || p.PropertyType.IsClass).ToArray();
        foreach (var child in section.GetChildren())
        {
            if (!properties.Any(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"{child.Path}: unknown setting (known: {string.Join(", ", properties.Select(p => p.Name))})");
        }

        var options = new TOptions();
        foreach (var property in properties.Where(p => p.CanWrite))
        {
            var value = section.GetSection(property.Name);
            if (!value.Exists()) continue;
            try
            {
                object? bound = value.Value is not null && !value.GetChildren().Any()
                    ? value.Get(property.PropertyType)
                    : value.Get(property.PropertyType, o => o.ErrorOnUnknownConfiguration = true);
                property.SetValue(options, bound);
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"{value.Path}: '{value.Value}' is not a valid {Describe(property.PropertyType)} ({(e.InnerException ?? e).Message})");
            }
        }
        if (problems.Count == 0) Validate(options, section.Path, problems);
        if (problems.Count > 0) throw new PluginConfigurationException(problems);
        return options;
    }

    private static void Validate(object options, string sectionPath, List<string> problems)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            object? value = property.GetValue(options);
            var context = new ValidationContext(options) { MemberName = property.Name, DisplayName = property.Name };
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                var result = attribute.GetValidationResult(value, context);
                if (result is not null && result != ValidationResult.Success)
                    problems.Add($"{sectionPath}:{property.Name}: {result.ErrorMessage}");
            }
        }
        if (options is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(options)))
            {
                var members = result.MemberNames.ToArray();
                if (members.Length == 0) problems.Add($"{sectionPath}: {result.ErrorMessage}");
                foreach (var member in members) problems.Add($"{sectionPath}:{member}: {result.ErrorMessage}");
            }
        }
    }

    private static string Describe(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name;
}
