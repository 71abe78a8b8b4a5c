using static OmniAlpha.Scripting.Tests.Sandbox.HostileScript;

namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>
/// The attacker's catalogue: each entry tries one forbidden capability, or one way of hiding it (aliases,
/// <c>global::</c>, <c>using static</c>, extension methods, generic arguments, typeof, attribute arguments,
/// string-based lookups, expression trees, lambdas, base types, patterns).
/// </summary>
internal static class HostileScripts
{
    private const string FileSystem = "OA0101";
    private const string Network = "OA0102";
    private const string Environment = "OA0103";
    private const string Reflection = "OA0104";
    private const string Threads = "OA0105";
    private const string Unsafe = "OA0106";
    private const string Interop = "OA0107";
    private const string Gc = "OA0108";
    private const string Console = "OA0109";
    private const string StaticState = "OA0110";
    private const string Budget = "OA0111";

    /// <summary>Extension methods the compiler picks for foreach, deconstruction, collection initializers and await.</summary>
    private const string ImplicitCallExtensions = """
        using System.IO;
        namespace System.IO
        {
            public static class Implicit
            {
                public static IEnumerator<int> GetEnumerator(this int n) { yield return n; }
                public static void Deconstruct(this long v, out int a, out int b) { a = 0; b = 0; }
                public static void Add(this List<string> list, int x) { }
                public static Awaiter GetAwaiter(this int n) => new();
            }
        }
        public sealed class Awaiter : System.Runtime.CompilerServices.INotifyCompletion
        {
            public bool IsCompleted => true;
            public void GetResult() { }
            public void OnCompleted(Action continuation) => continuation();
        }
        """;

    public static IReadOnlyList<HostileScript> All { get; } =
    [
        // File system
        InOnStart("File.ReadAllText, fully qualified", FileSystem, """string text = ⟦System.IO.File.ReadAllText("/etc/passwd");"""),
        InOnStart("File.Delete via global::", FileSystem, """⟦global::System.IO.File.Delete("x");"""),
        InOnStart("File via a using alias", FileSystem, """F.Delete("x");""", usings: "using F = ⟦System.IO.File;"),
        InOnStart("File via using static", FileSystem, """Delete("x");""", usings: "using static ⟦System.IO.File;"),
        InOnStart("FileInfo via using System.IO", FileSystem, """object info = ⟦new FileInfo("x");""", usings: "using System.IO;"),
        InOnStart("FileInfo as a generic argument", FileSystem, """⟦var files = new List<System.IO.FileInfo>();"""),
        InOnStart("FileInfo in a generic alias", FileSystem, """var files = new Files();""", usings: "using Files = ⟦System.Collections.Generic.List<System.IO.FileInfo>;"),
        InOnStart("typeof(File)", FileSystem, """Type t = typeof(⟦System.IO.File);"""),
        InOnStart("Path.GetTempPath", FileSystem, """string p = ⟦System.IO.Path.GetTempPath();"""),
        InOnStart("File inside a lambda", FileSystem, """Action a = () => ⟦System.IO.File.Delete("x");"""),
        InOnStart("File inside a local function", FileSystem, """void Go() => ⟦System.IO.File.Delete("x");"""),
        InOnStart("FileStream in a type pattern", FileSystem, """if ((object)this is ⟦System.IO.FileStream fs) { }"""),
        WithMembers("a method named nameof does not hide a call", FileSystem, """
            private static string nameof(string s) => s;
                public override void OnStart() { string t = nameof(⟦System.IO.File.ReadAllText("x")); }
            """),
        InOnStart("trace listener writing a file", FileSystem, """object l = ⟦new System.Diagnostics.TextWriterTraceListener("trace.log");"""),
        WithMembers("StreamWriter as a base type", FileSystem, """private sealed class Evil : ⟦System.IO.StreamWriter { public Evil() : base("x") { } }"""),
        WithMembers("FileInfo as a parameter type", FileSystem, """public void Take(⟦System.IO.FileInfo file) { }"""),
        WithMembers("FileSystemInfo as a generic constraint", FileSystem, """private static void Use<T>() where T : ⟦System.IO.FileSystemInfo { }"""),

        // Methods the compiler calls implicitly, bound to extension methods declared in a forbidden namespace
        InOnStart("foreach over an extension GetEnumerator", FileSystem, """⟦foreach (int i in 5) { }""", usings: ImplicitCallExtensions),
        InOnStart("deconstruction through an extension Deconstruct", FileSystem, """⟦var (a, b) = 5L;""", usings: ImplicitCallExtensions),
        InOnStart("collection initializer through an extension Add", FileSystem, """var list = new List<string> { ⟦1 };""", usings: ImplicitCallExtensions),
        WithMembers("await through an extension GetAwaiter", FileSystem, """public async void Go() { ⟦await 5; }""", usings: ImplicitCallExtensions),

        // Network
        InOnStart("HttpClient", Network, """using ⟦var client = new System.Net.Http.HttpClient();"""),
        InOnStart("Dns lookup", Network, """⟦System.Net.Dns.GetHostAddresses("example.com");"""),
        InOnStart("TcpClient", Network, """object client = ⟦new System.Net.Sockets.TcpClient("example.com", 80);"""),
        InOnStart("cast to Socket", Network, """object o = 1; object s = ⟦(System.Net.Sockets.Socket)o;"""),
        InOnStart("default(Socket)", Network, """object? d = ⟦default(System.Net.Sockets.Socket);"""),

        // Processes and environment
        InOnStart("Process.Start", Environment, """⟦System.Diagnostics.Process.Start("sh");"""),
        InOnStart("environment variable", Environment, """string? home = ⟦Environment.GetEnvironmentVariable("HOME");"""),
        InOnStart("Environment.NewLine is allowed but its neighbours are not", Environment, """string s = Environment.NewLine + ⟦Environment.MachineName;"""),
        InOnStart("Environment.Exit", Environment, """⟦Environment.Exit(1);"""),
        InOnStart("nested type Environment.SpecialFolder", Environment, """object folder = ⟦Environment.SpecialFolder.UserProfile;"""),
        InOnStart("setting the process culture", Environment, """⟦System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");"""),
        InOnStart("AppDomain assemblies", Environment, """⟦AppDomain.CurrentDomain.GetAssemblies();"""),
        InOnStart("AppContext data", Environment, """object? data = ⟦AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES");"""),

        // Reflection and dynamic code
        InOnStart("Type.GetType by string", Reflection, """Type? t = ⟦Type.GetType("System.IO.File");"""),
        InOnStart("Activator.CreateInstance", Reflection, """object? o = ⟦Activator.CreateInstance(typeof(object));"""),
        InOnStart("typeof(...).GetMethod", Reflection, """object? m = ⟦typeof(string).GetMethod("Trim");"""),
        InOnStart("GetType().Assembly", Reflection, """object a = ⟦GetType().Assembly;"""),
        InOnStart("Assembly.Load", Reflection, """⟦System.Reflection.Assembly.Load("System.Diagnostics.Process");"""),
        InOnStart("Reflection.Emit", Reflection, """object b = ⟦System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName("x"), System.Reflection.Emit.AssemblyBuilderAccess.Run);"""),
        InOnStart("AssemblyLoadContext", Reflection, """object c = ⟦new System.Runtime.Loader.AssemblyLoadContext("x");"""),
        InOnStart("dynamic", Reflection, """⟦dynamic d = 1;"""),
        InOnStart("expression tree compiled to code", Reflection, """⟦System.Linq.Expressions.Expression<Func<int>> e = () => 1; e.Compile()();"""),
        InOnStart("Expression.Call with a method name string", Reflection, """object call = ⟦System.Linq.Expressions.Expression.Call(typeof(string), "Concat", null);"""),
        InOnStart("AsQueryable extension method", Reflection, """object q = ⟦new[] { 1 }.AsQueryable();"""),
        InOnStart("custom attribute extension method", Reflection, """object? o = ⟦typeof(string).GetCustomAttribute<ObsoleteAttribute>();""", usings: "using System.Reflection;"),
        InOnStart("Type.Assembly through a property pattern", Reflection, """if (GetType() is { ⟦Assembly: var asm }) { }"""),
        WithMembers("module initializer", Reflection, """[⟦System.Runtime.CompilerServices.ModuleInitializer] internal static void AtLoad() { }"""),
        InOnStart("Delegate.DynamicInvoke", Reflection, """Func<int> f = () => 1; object? r = ⟦f.DynamicInvoke();"""),
        InOnStart("Exception.TargetSite", Reflection, """object? m = ⟦new Exception().TargetSite;"""),
        InOnStart("RuntimeHelpers.GetUninitializedObject", Reflection, """object o = ⟦System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(object));"""),
        WithMembers("UnsafeAccessor attribute", Reflection, """[⟦System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_x")] private static extern ref int Peek(Strategy s);"""),
        WithMembers("Process as an attribute argument", Environment, """[System.ComponentModel.TypeConverter(typeof(⟦System.Diagnostics.Process))] private sealed class Tagged { }"""),
        WithMembers("Process as an explicit generic method argument", Environment, """
            private static T Make<T>() where T : new() => new T();
                public override void OnStart() { object o = ⟦Make<System.Diagnostics.Process>(); }
            """),

        // Threads, tasks, timers
        InOnStart("new Thread", Threads, """object thread = ⟦new System.Threading.Thread(() => { });"""),
        InOnStart("ThreadPool", Threads, """⟦System.Threading.ThreadPool.QueueUserWorkItem(_ => { });"""),
        InOnStart("Task.Run", Threads, """⟦System.Threading.Tasks.Task.Run(() => 1);"""),
        InOnStart("Timer", Threads, """object timer = ⟦new System.Threading.Timer(_ => { }, null, 0, 1000);"""),
        InOnStart("Parallel.For", Threads, """⟦System.Threading.Tasks.Parallel.For(0, 10, i => { });"""),
        InOnStart("TimeProvider.CreateTimer", Threads, """object t = ⟦TimeProvider.System.CreateTimer(_ => { }, null, TimeSpan.Zero, TimeSpan.FromSeconds(1));"""),
        InOnStart("PLINQ AsParallel extension method", Threads, """int sum = ⟦new[] { 1, 2 }.AsParallel().Sum();"""),
        InOnStart("named Mutex shared with other processes", Threads, """object m = ⟦new System.Threading.Mutex(false, "Global\\omnialpha");"""),
        InOnStart("Monitor.Wait", Threads, """⟦System.Threading.Monitor.Wait(this);"""),
        InOnStart("SemaphoreSlim.Wait", Threads, """using var gate = new System.Threading.SemaphoreSlim(0); ⟦gate.Wait();"""),
        WithMembers("async void method (its exceptions end the process)", Threads, """public ⟦async void Go() => throw new InvalidOperationException();"""),
        InOnStart("async lambda", Threads, """Action a = ⟦async () => throw new InvalidOperationException();"""),
        WithMembers("async Task method", Threads, """public async ⟦System.Threading.Tasks.Task Go() => await System.Threading.Tasks.Task.Yield();"""),

        // Unsafe code (compiled here with unsafe allowed: the sandbox must not rely on the compiler option)
        WithMembers("unsafe method", Unsafe, """public ⟦unsafe void Peek() { }"""),
        InOnStart("unsafe block", Unsafe, """⟦unsafe { int x = 1; }"""),
        InOnStart("pointer type", Unsafe, """unsafe { int x = 1; ⟦int* p = &x; }"""),
        InOnStart("stackalloc to a pointer", Unsafe, """unsafe { int* p = ⟦stackalloc int[4]; }"""),
        InOnStart("stackalloc of a size known only at run time (a stack overflow ends the process)", Unsafe,
            """int n = Symbols.Count * 100_000_000; Span<byte> b = ⟦stackalloc byte[n];"""),
        InOnStart("stackalloc of a large constant size", Unsafe, """Span<byte> b = ⟦stackalloc byte[1_000_000];"""),
        InOnStart("fixed statement", Unsafe, """unsafe { int[] a = new int[1]; ⟦fixed (int* p = a) { } }"""),
        InOnStart("function pointer", Unsafe, """unsafe { ⟦delegate*<void> f = null; }"""),
        InOnStart("Unsafe class", Unsafe, """int n = ⟦System.Runtime.CompilerServices.Unsafe.SizeOf<int>();"""),
        InOnStart("__makeref", Unsafe, """int x = 1; ⟦System.TypedReference r = __makeref(x);"""),

        // P/Invoke and native interop
        WithMembers("DllImport", Interop, """[⟦System.Runtime.InteropServices.DllImport("libc")] private static extern int getpid();"""),
        WithMembers("LibraryImport", Interop, """[⟦System.Runtime.InteropServices.LibraryImport("libc")] private static extern int getpid();"""),
        WithMembers("extern method without attribute", Interop, """private static ⟦extern int getpid();"""),
        WithMembers("explicit struct layout overlapping a reference", Interop, """[⟦System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)] private struct Overlap { }"""),
        InOnStart("Marshal.AllocHGlobal", Interop, """IntPtr mem = ⟦System.Runtime.InteropServices.Marshal.AllocHGlobal(16);"""),
        InOnStart("MemoryMarshal.CreateSpan", Interop, """int x = 0; Span<int> s = ⟦System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref x, 1000);"""),

        // Garbage collector
        InOnStart("GC.Collect", Gc, """⟦GC.Collect();"""),
        InOnStart("GC.GetTotalMemory", Gc, """long bytes = ⟦GC.GetTotalMemory(true);"""),
        WithMembers("finalizer", Gc, """⟦~Hostile() { }"""),
        InOnStart("GCHandle", Gc, """⟦System.Runtime.InteropServices.GCHandle h = System.Runtime.InteropServices.GCHandle.Alloc(this);"""),

        // Console
        InOnStart("Console.WriteLine", Console, """⟦Console.WriteLine("hi");"""),
        InOnStart("Console.Out", Console, """⟦System.Console.Out.Flush();"""),
        InOnStart("Console via an alias", Console, """C.Beep();""", usings: "using C = ⟦System.Console;"),

        // Static mutable state
        WithMembers("static field", StaticState, """private static int ⟦_counter;"""),
        WithMembers("static auto-property with a setter", StaticState, """public static int ⟦Shared { get; set; }"""),
        WithMembers("static readonly List", StaticState, """private static readonly List<int> ⟦Cache = new();"""),
        WithMembers("static readonly array", StaticState, """private static readonly int[] ⟦Table = { 1, 2 };"""),
        WithMembers("static event", StaticState, """public static event Action? ⟦Changed;"""),
        WithMembers("ThreadStatic field", StaticState, """[ThreadStatic] private static int ⟦_perThread;"""),
        WithMembers("static field in a nested class", StaticState, """private static class Registry { public static Dictionary<string, int> ⟦Map = new(); }"""),
        WithMembers("static field-backed property", StaticState, """public static int ⟦Level { get => field; set => field = value; }"""),

        // The injected budget machinery
        InOnStart("ScriptBudget.Disarm", Budget, """⟦OmniAlpha.Sdk.Scripting.ScriptBudget.Disarm();"""),
        InOnStart("ScriptBudget.Arm with generous limits", Budget, """⟦OmniAlpha.Sdk.Scripting.ScriptBudget.Arm(null!);"""),
        InOnStart("ScriptBudget via an alias", Budget, """B.Exit();""", usings: "using B = ⟦OmniAlpha.Sdk.Scripting.ScriptBudget;"),
        InOnStart("catching ScriptBudgetExceededException", Budget, """try { } catch (⟦OmniAlpha.Sdk.Scripting.ScriptBudgetExceededException) { }"""),
    ];
}
