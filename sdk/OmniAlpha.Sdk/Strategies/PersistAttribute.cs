namespace OmniAlpha.Sdk.Strategies;

/// <summary>
/// Marks a field of a strategy as persistent state: when the strategy is hot-reloaded (its source changed while it
/// runs) the field's value is carried over into the new version, matched by field name; later the host will also
/// keep it across restarts. Everything else in a reloaded strategy starts fresh (indicators, schedules, collections
/// not marked), and positions and orders are the kernel's, so they are never lost.
/// </summary>
/// <remarks>
/// Values are serialized with MessagePack, one field at a time, and only types the host owns may cross: <c>bool</c>,
/// the integer and floating-point types, <c>decimal</c>, <c>char</c>, <c>string</c>, <c>DateTime</c>,
/// <c>DateTimeOffset</c>, <c>TimeSpan</c>, <c>DateOnly</c>, <c>TimeOnly</c>, <c>Guid</c>, <see cref="Instruments.Symbol"/>,
/// enums (an enum declared in the script only as the field's own type: it is stored as its number), nullable forms of
/// these, and arrays, <c>List&lt;T&gt;</c>, <c>HashSet&lt;T&gt;</c> and <c>Dictionary&lt;TKey, TValue&gt;</c> of them
/// (with the default comparer). A field of any other type, e.g. a class declared in the script, is a compile error
/// (<c>OA0004</c>): handing an instance of a script type to the serializer would keep the old version loaded forever.
/// A field whose type changed between versions fails the reload, and the old version keeps running.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class PersistAttribute : Attribute
{
}
