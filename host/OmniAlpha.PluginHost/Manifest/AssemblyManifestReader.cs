using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using OmniAlpha.Sdk.Plugins;

namespace OmniAlpha.PluginHost.Manifest;

/// <summary>
/// Reads <c>[assembly: OmniAlphaPlugin]</c> from a DLL with System.Reflection.Metadata: no plugin code runs and no
/// assembly is loaded, so even a plugin built against an unknown SDK can be named in the refusal. Reading the whole
/// image first also catches a DLL that is still being copied (truncated) before anything tries to load it.
/// </summary>
internal static class AssemblyManifestReader
{
    private const string AttributeNamespace = "OmniAlpha.Sdk.Plugins";
    private static readonly string AttributeName = nameof(OmniAlphaPluginAttribute);

    /// <summary>The manifest attribute's arguments, or null when the assembly has none.</summary>
    /// <exception cref="PluginManifestException">The file is not a complete .NET assembly.</exception>
    public static AssemblyManifest? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = stream.Length;
            using var pe = new PEReader(stream, PEStreamOptions.PrefetchEntireImage);
            if (!pe.HasMetadata) throw new PluginManifestException($"{path}: not a .NET assembly (no metadata)");
            foreach (var section in pe.PEHeaders.SectionHeaders)
            {
                if ((long)section.PointerToRawData + section.SizeOfRawData > length)
                    throw new BadImageFormatException($"section {section.Name} ends at byte {(long)section.PointerToRawData + section.SizeOfRawData} but the file has {length} bytes");
            }
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsManifestAttribute(reader, attribute)) continue;
                return Decode(attribute.DecodeValue(new TypeNameProvider()));
            }
            return null;
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
        {
            throw new PluginManifestException($"{path}: not a complete .NET assembly ({e.Message}); if it is being copied, deploy atomically (copy to a temporary name, then rename)", e);
        }
    }

    private static bool IsManifestAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => Matches(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => Matches(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool Matches(MetadataReader reader, StringHandle ns, StringHandle name) =>
        reader.StringComparer.Equals(ns, AttributeNamespace) && reader.StringComparer.Equals(name, AttributeName);

    private static AssemblyManifest Decode(CustomAttributeValue<string> value)
    {
        var fixedArgs = value.FixedArguments;
        if (fixedArgs.Length != 5) throw new PluginManifestException($"[OmniAlphaPlugin] has {fixedArgs.Length} arguments, expected 5");
        var entryTypes = new List<string>();
        foreach (var named in value.NamedArguments)
        {
            if (named.Name != nameof(OmniAlphaPluginAttribute.EntryTypes) || named.Value is not ImmutableArray<CustomAttributeTypedArgument<string>> types) continue;
            foreach (var type in types)
            {
                if (type.Value is string typeName) entryTypes.Add(StripAssemblyQualification(typeName));
            }
        }
        return new AssemblyManifest(
            Id: fixedArgs[0].Value as string ?? "",
            Name: fixedArgs[1].Value as string ?? "",
            Version: fixedArgs[2].Value as string ?? "",
            Kinds: fixedArgs[3].Value is int kinds ? kinds : 0,
            SdkVersion: fixedArgs[4].Value as string ?? "",
            EntryTypes: entryTypes);
    }

    // typeof(X) in an attribute is serialized as "Namespace.X, Assembly, Version=..., ..."; the type name is enough.
    private static string StripAssemblyQualification(string name)
    {
        int comma = name.IndexOf(',');
        return comma < 0 ? name : name[..comma].Trim();
    }

    /// <summary>Names types as strings: all the manifest attribute needs (its enum is an int, its types are names).</summary>
    private sealed class TypeNameProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            return reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            return reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name);
        }

        public string GetTypeFromSerializedName(string name) => name;

        // The only enum the manifest attribute has is PluginKinds, an int.
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
