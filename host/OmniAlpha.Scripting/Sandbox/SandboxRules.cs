namespace OmniAlpha.Scripting.Sandbox;

/// <summary>
/// The sandbox policy of strategy scripts as data, in this one place: the rule families with their error codes,
/// the forbidden namespaces, types and members, and the exceptions that stay allowed inside a forbidden namespace.
/// </summary>
/// <remarks>
/// The most specific entry wins: an allowed member, then a forbidden member, then the innermost type (allowed or
/// forbidden), then the longest forbidden namespace. Language constructs that are not API uses (pointers,
/// <c>unsafe</c>, <c>extern</c>, <c>dynamic</c>, static mutable fields) are checked by <see cref="ScriptSandbox"/>
/// and report the codes of the families below.
/// </remarks>
public static class SandboxRules
{
    /// <summary>OA0101: files, directories, drives, file streams.</summary>
    public static SandboxRuleFamily FileSystem { get; } = new("OA0101", "File system access");

    /// <summary>OA0102: sockets, HTTP, DNS and everything else under <c>System.Net</c>.</summary>
    public static SandboxRuleFamily Network { get; } = new("OA0102", "Network access");

    /// <summary>OA0103: processes, the debugger, environment variables, the app domain and app context, the registry.</summary>
    public static SandboxRuleFamily ProcessAndEnvironment { get; } = new("OA0103", "Process or environment access");

    /// <summary>OA0104: reflection, string-based type lookups, assembly loading, <c>dynamic</c>, expression trees, emitted code.</summary>
    public static SandboxRuleFamily ReflectionAndDynamicCode { get; } = new("OA0104", "Reflection or dynamic code");

    /// <summary>OA0105: threads, the thread pool, tasks, <c>async</c>, timers, PLINQ and blocking wait handles.</summary>
    public static SandboxRuleFamily ThreadsAndTimers { get; } = new("OA0105", "Threads, tasks or timers");

    /// <summary>OA0106: <c>unsafe</c>, pointers, function pointers, <c>fixed</c>, <c>Unsafe</c>, typed references.</summary>
    public static SandboxRuleFamily UnsafeCode { get; } = new("OA0106", "Unsafe code");

    /// <summary>OA0107: P/Invoke (<c>DllImport</c>, <c>LibraryImport</c>, <c>extern</c>) and <c>System.Runtime.InteropServices</c> (Marshal, NativeMemory).</summary>
    public static SandboxRuleFamily NativeInterop { get; } = new("OA0107", "Native interop");

    /// <summary>OA0108: the garbage collector, GC handles, and finalizers (they run on the GC's finalizer thread).</summary>
    public static SandboxRuleFamily GarbageCollector { get; } = new("OA0108", "Garbage collector control");

    /// <summary>OA0109: <c>System.Console</c> (a strategy logs through its <c>Log</c>).</summary>
    public static SandboxRuleFamily Console { get; } = new("OA0109", "Console access");

    /// <summary>OA0110: static state one instance of a strategy could share with, or leak into, another.</summary>
    public static SandboxRuleFamily StaticMutableState { get; } = new("OA0110", "Static mutable state");

    /// <summary>OA0111: the script budget machinery the compiler injects (a script must not arm, disarm or catch it).</summary>
    public static SandboxRuleFamily ScriptBudget { get; } = new("OA0111", "Script budget control");

    /// <summary>All families, by code.</summary>
    public static IReadOnlyList<SandboxRuleFamily> Families { get; } =
    [
        FileSystem, Network, ProcessAndEnvironment, ReflectionAndDynamicCode, ThreadsAndTimers,
        UnsafeCode, NativeInterop, GarbageCollector, Console, StaticMutableState, ScriptBudget,
    ];

    /// <summary>The forbidden namespaces, types and members.</summary>
    public static IReadOnlyList<SandboxRule> Forbidden { get; } =
    [
        Ns("System.IO", FileSystem),
        T("System.Diagnostics.TextWriterTraceListener", FileSystem),
        T("System.Diagnostics.DelimitedListTraceListener", FileSystem),
        T("System.Diagnostics.XmlWriterTraceListener", FileSystem),
        T("System.Diagnostics.DefaultTraceListener", FileSystem),
        T("System.Diagnostics.FileVersionInfo", FileSystem),
        T("System.Runtime.ProfileOptimization", FileSystem),
        // XML readers resolve file: and http: URIs.
        Ns("System.Xml", FileSystem),

        Ns("System.Net", Network),

        T("System.Diagnostics.Process", ProcessAndEnvironment),
        T("System.Diagnostics.ProcessStartInfo", ProcessAndEnvironment),
        T("System.Diagnostics.Debugger", ProcessAndEnvironment),
        T("System.Environment", ProcessAndEnvironment),
        T("System.AppDomain", ProcessAndEnvironment),
        T("System.AppContext", ProcessAndEnvironment),
        Ns("Microsoft.Win32", ProcessAndEnvironment),
        Ns("System.Security.Principal", ProcessAndEnvironment),
        T("System.Diagnostics.EventLog", ProcessAndEnvironment),
        // Setting these changes how the host itself formats and parses text.
        M("System.Globalization.CultureInfo.CurrentCulture", ProcessAndEnvironment),
        M("System.Globalization.CultureInfo.CurrentUICulture", ProcessAndEnvironment),
        M("System.Globalization.CultureInfo.DefaultThreadCurrentCulture", ProcessAndEnvironment),
        M("System.Globalization.CultureInfo.DefaultThreadCurrentUICulture", ProcessAndEnvironment),

        Ns("System.Reflection", ReflectionAndDynamicCode),
        Ns("System.Runtime.Loader", ReflectionAndDynamicCode),
        Ns("System.Runtime.Serialization", ReflectionAndDynamicCode),
        Ns("System.Resources", ReflectionAndDynamicCode),
        Ns("System.Dynamic", ReflectionAndDynamicCode),
        Ns("Microsoft.CSharp.RuntimeBinder", ReflectionAndDynamicCode),
        // Expression trees can be compiled to code, directly or through a queryable provider, and
        // Expression.Call takes method names as strings: the whole namespace is out.
        Ns("System.Linq.Expressions", ReflectionAndDynamicCode),
        T("System.Linq.Queryable", ReflectionAndDynamicCode),
        T("System.Linq.IQueryable", ReflectionAndDynamicCode),
        T("System.Linq.IQueryProvider", ReflectionAndDynamicCode),
        T("System.Linq.EnumerableQuery", ReflectionAndDynamicCode),
        T("System.Activator", ReflectionAndDynamicCode),
        // typeof(T) and GetType() stay legal (pattern matching, dictionary keys); what a Type can do does not.
        MembersOf("System.Type", ReflectionAndDynamicCode),
        T("System.RuntimeTypeHandle", ReflectionAndDynamicCode),
        T("System.RuntimeMethodHandle", ReflectionAndDynamicCode),
        T("System.RuntimeFieldHandle", ReflectionAndDynamicCode),
        T("System.ModuleHandle", ReflectionAndDynamicCode),
        M("System.Delegate.DynamicInvoke", ReflectionAndDynamicCode),
        M("System.Delegate.CreateDelegate", ReflectionAndDynamicCode),
        M("System.Delegate.Method", ReflectionAndDynamicCode),
        T("System.Runtime.CompilerServices.RuntimeHelpers", ReflectionAndDynamicCode),
        T("System.Runtime.CompilerServices.UnsafeAccessorAttribute", ReflectionAndDynamicCode),
        T("System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute", ReflectionAndDynamicCode),
        // Runs script code when the assembly loads, outside any callback and its budget.
        T("System.Runtime.CompilerServices.ModuleInitializerAttribute", ReflectionAndDynamicCode),
        T("System.ComponentModel.TypeDescriptor", ReflectionAndDynamicCode),
        // Reflection-based serializers; a script type handed to one also pins the script's load context.
        Ns("System.Text.Json", ReflectionAndDynamicCode),

        T("System.Threading.Thread", ThreadsAndTimers),
        T("System.Threading.ThreadPool", ThreadsAndTimers),
        T("System.Threading.Timer", ThreadsAndTimers),
        T("System.Threading.PeriodicTimer", ThreadsAndTimers),
        T("System.Threading.ITimer", ThreadsAndTimers),
        T("System.Threading.RegisteredWaitHandle", ThreadsAndTimers),
        T("System.Threading.SynchronizationContext", ThreadsAndTimers),
        T("System.Threading.ExecutionContext", ThreadsAndTimers),
        T("System.Threading.CancellationTokenSource", ThreadsAndTimers),
        // Blocking waits only make sense across threads, and a wait no budget check can interrupt hangs the engine;
        // named Mutex, Semaphore and EventWaitHandle are also machine-wide objects shared with other processes.
        T("System.Threading.WaitHandle", ThreadsAndTimers),
        T("System.Threading.Mutex", ThreadsAndTimers),
        T("System.Threading.Semaphore", ThreadsAndTimers),
        T("System.Threading.EventWaitHandle", ThreadsAndTimers),
        T("System.Threading.AutoResetEvent", ThreadsAndTimers),
        T("System.Threading.ManualResetEvent", ThreadsAndTimers),
        T("System.Threading.ManualResetEventSlim", ThreadsAndTimers),
        T("System.Threading.SemaphoreSlim", ThreadsAndTimers),
        T("System.Threading.CountdownEvent", ThreadsAndTimers),
        T("System.Threading.Barrier", ThreadsAndTimers),
        T("System.Threading.Monitor", ThreadsAndTimers),
        // PLINQ lives in System.Linq but runs on the thread pool.
        T("System.Linq.ParallelEnumerable", ThreadsAndTimers),
        T("System.Linq.ParallelQuery", ThreadsAndTimers),
        Ns("System.Threading.Tasks", ThreadsAndTimers),
        Ns("System.Threading.Channels", ThreadsAndTimers),
        Ns("System.Timers", ThreadsAndTimers),
        M("System.TimeProvider.CreateTimer", ThreadsAndTimers),
        T("System.Runtime.ControlledExecution", ThreadsAndTimers),

        T("System.Runtime.CompilerServices.Unsafe", UnsafeCode),
        T("System.TypedReference", UnsafeCode),
        T("System.ArgIterator", UnsafeCode),
        T("System.RuntimeArgumentHandle", UnsafeCode),
        M("System.Buffer.MemoryCopy", UnsafeCode),

        Ns("System.Runtime.InteropServices", NativeInterop),

        T("System.GC", GarbageCollector),
        T("System.Runtime.GCSettings", GarbageCollector),
        T("System.Runtime.MemoryFailPoint", GarbageCollector),
        T("System.Runtime.DependentHandle", GarbageCollector),
        T("System.Runtime.InteropServices.GCHandle", GarbageCollector),
        T("System.Runtime.InteropServices.GCHandleExtensions", GarbageCollector),
        T("System.Runtime.InteropServices.WeakGCHandle", GarbageCollector),
        T("System.Runtime.InteropServices.PinnedGCHandle", GarbageCollector),

        T("System.Console", Console),

        Ns("OmniAlpha.Sdk.Scripting", ScriptBudget),
    ];

    /// <summary>
    /// Types and members that stay allowed although a forbidden namespace or type contains them: in-memory
    /// streams and text readers/writers, I/O exception types, <c>Environment.NewLine</c>, and the harmless
    /// descriptive members of <c>System.Type</c> (its name, equality).
    /// </summary>
    public static IReadOnlyList<string> Allowed { get; } =
    [
        "System.IO.Stream",
        "System.IO.MemoryStream",
        "System.IO.SeekOrigin",
        "System.IO.TextReader",
        "System.IO.TextWriter",
        "System.IO.StringReader",
        "System.IO.StringWriter",
        "System.IO.BinaryReader",
        "System.IO.BinaryWriter",
        "System.IO.IOException",
        "System.IO.EndOfStreamException",
        "System.IO.InvalidDataException",
        "System.Environment.NewLine",
        "System.Type.FullName",
        "System.Type.Namespace",
        "System.Type.ToString",
        "System.Type.Equals",
        "System.Type.GetHashCode",
        "System.Type.op_Equality",
        "System.Type.op_Inequality",
        "System.Reflection.MemberInfo.Name",
    ];

    private static SandboxRule Ns(string name, SandboxRuleFamily family) => new(SandboxRuleScope.Namespace, name, family);

    private static SandboxRule T(string name, SandboxRuleFamily family) => new(SandboxRuleScope.Type, name, family);

    private static SandboxRule MembersOf(string name, SandboxRuleFamily family) => new(SandboxRuleScope.MembersOf, name, family);

    private static SandboxRule M(string name, SandboxRuleFamily family) => new(SandboxRuleScope.Member, name, family);
}
