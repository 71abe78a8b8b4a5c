using MessagePack;
using MessagePack.Resolvers;

namespace OmniAlpha.Isolation.Protocol;

/// <summary>The MessagePack options both sides use: exact decimals, the standard resolver for everything else, untrusted-data security.</summary>
public static class ProtocolSerializer
{
    /// <summary>Serializer options of every frame body.</summary>
    public static MessagePackSerializerOptions Options { get; } = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([ExactDecimalFormatter.Instance], [StandardResolver.Instance]))
        // Each side treats the other's bytes as untrusted: bounded depth, collision-resistant hashing.
        .WithSecurity(MessagePackSecurity.UntrustedData);
}
