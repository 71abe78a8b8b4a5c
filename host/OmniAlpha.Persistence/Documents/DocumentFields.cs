using System.Globalization;
using LiteDB;

namespace OmniAlpha.Persistence.Documents;

/// <summary>
/// Typed reads and writes of document fields. Times are stored as UTC ticks (Int64) because LiteDB's own date type
/// keeps milliseconds only; decimals use LiteDB's decimal type, which stores the four 32-bit words of the .NET
/// decimal (exact, scale included). Enums are stored by name so a reordered enum cannot change stored meaning.
/// </summary>
internal static class DocumentFields
{
    /// <summary>UTC ticks of <paramref name="time"/>: local times are converted, unspecified ones are taken as UTC (the engine's convention).</summary>
    public static long Ticks(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime().Ticks : time.Ticks;

    /// <summary>A UTC time from stored ticks.</summary>
    public static DateTime FromTicks(long ticks) => new(ticks, DateTimeKind.Utc);

    public static BsonValue Nullable(decimal? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Nullable(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue Nullable(long? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static BsonValue Nullable(byte[]? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue Time(DateTime time) => new(Ticks(time));

    public static BsonValue Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => new(value.ToString());

    public static BsonValue Required(BsonDocument doc, string field)
    {
        if (!doc.TryGetValue(field, out var value) || value.IsNull)
            throw new InvalidDataException($"field '{field}' is missing");
        return value;
    }

    public static string String(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsString ? value.AsString : throw WrongType(field, "a string", value);
    }

    public static string? NullableString(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? String(doc, field) : null;

    public static long Int64(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsInt64 || value.IsInt32 ? value.AsInt64 : throw WrongType(field, "an integer", value);
    }

    public static long? NullableInt64(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? Int64(doc, field) : null;

    public static int Int32(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsInt32 ? value.AsInt32 : throw WrongType(field, "a 32-bit integer", value);
    }

    public static bool Boolean(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsBoolean ? value.AsBoolean : throw WrongType(field, "a boolean", value);
    }

    public static decimal Decimal(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsDecimal ? value.AsDecimal : throw WrongType(field, "a decimal", value);
    }

    public static decimal? NullableDecimal(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? Decimal(doc, field) : null;

    public static DateTime Time(BsonDocument doc, string field) => FromTicks(Int64(doc, field));

    public static byte[] Binary(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsBinary ? value.AsBinary : throw WrongType(field, "binary data", value);
    }

    public static byte[]? NullableBinary(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? Binary(doc, field) : null;

    public static BsonDocument Document(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsDocument ? value.AsDocument : throw WrongType(field, "a document", value);
    }

    public static BsonArray Array(BsonDocument doc, string field)
    {
        var value = Required(doc, field);
        return value.IsArray ? value.AsArray : throw WrongType(field, "an array", value);
    }

    public static TEnum Enum<TEnum>(BsonDocument doc, string field) where TEnum : struct, System.Enum
    {
        string text = String(doc, field);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var result) && System.Enum.IsDefined(result)
            ? result
            : throw new InvalidDataException($"field '{field}' holds '{text}', which is not a {typeof(TEnum).Name}");
    }

    private static InvalidDataException WrongType(string field, string expected, BsonValue actual) =>
        new($"field '{field}' should be {expected} but is {actual.Type.ToString().ToLower(CultureInfo.InvariantCulture)}");
}
