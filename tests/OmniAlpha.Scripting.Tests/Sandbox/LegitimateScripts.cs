namespace OmniAlpha.Scripting.Tests.Sandbox;

/// <summary>Strategies using what a strategy legitimately needs; each must compile under the sandbox.</summary>
internal static class LegitimateScripts
{
    private static string InOnStart(string statements, string members = "", string usings = "") => $$"""
        {{usings}}
        public sealed class Legit : Strategy
        {
            {{members}}

            public override void OnStart()
            {
                {{statements}}
            }
        }
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["collections"] = InOnStart("""
            var prices = new Dictionary<string, decimal> { ["A"] = 1m };
            var seen = new HashSet<int> { 1, 2 };
            var queue = new Queue<double>(); queue.Enqueue(1.5);
            var stack = new Stack<int>(); stack.Push(seen.Count);
            var sorted = new SortedDictionary<DateTime, decimal>();
            var list = new List<decimal>(prices.Values); list.Sort();
            int[] array = [1, 2, 3];
            """),
        ["LINQ"] = InOnStart("""
            var values = Enumerable.Range(1, 20).Select(i => (decimal)i).ToList();
            decimal mean = values.Average();
            var groups = values.GroupBy(v => v % 3).ToDictionary(g => g.Key, g => g.Sum());
            var top = values.OrderByDescending(v => v).Take(3).ToArray();
            bool any = values.Any(v => v > mean) && groups.Count > 0 && top.Length == 3;
            """),
        ["Math and decimal"] = InOnStart("""
            double sd = Math.Sqrt(Math.Pow(2.0, 2) + Math.Abs(-1.0));
            decimal rounded = decimal.Round(1.2345m, 2, MidpointRounding.ToEven);
            decimal clamped = Math.Clamp(rounded, 0m, 1m) + Math.Max(1m, 2m);
            double log = Math.Log(Math.E) + MathF.Sin(1f) + double.Epsilon;
            """),
        ["spans and stackalloc into a Span"] = InOnStart("""
            Span<double> window = stackalloc double[8];
            window.Fill(1.0);
            ReadOnlySpan<char> name = "SPY.US".AsSpan();
            int dot = name.IndexOf('.');
            ReadOnlySpan<char> ticker = name[..dot];
            Memory<int> memory = new int[4];
            """),
        ["dates and times"] = InOnStart("""
            var start = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);
            TimeSpan span = TimeSpan.FromDays(5) + TimeSpan.FromHours(1);
            DateOnly day = DateOnly.FromDateTime(start + span);
            bool weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var offset = new DateTimeOffset(start, TimeSpan.Zero);
            """),
        ["string formatting and StringBuilder"] = InOnStart("""
            decimal price = 12.5m;
            string a = $"{price:F2} at {DateTime.UnixEpoch:yyyy-MM-dd}";
            string b = string.Format(CultureInfo.InvariantCulture, "{0:N1}", price);
            string c = price.ToString("0.00", CultureInfo.InvariantCulture);
            var text = new StringBuilder().Append(a).Append(';').AppendLine(b).Append(c).Append(Environment.NewLine).ToString();
            """, usings: "using System.Globalization;\nusing System.Text;"),
        ["records, tuples, patterns and switch expressions"] = InOnStart("""
            var fill = new Fill("SPY", 10m, 400m);
            var (symbol, quantity) = (fill.Symbol, fill.Quantity);
            string side = quantity switch { > 0 => "buy", < 0 => "sell", _ => "flat" };
            var moved = fill with { Price = 401m };
            var point = new Point(1, 2);
            """, members: """
            private sealed record Fill(string Symbol, decimal Quantity, decimal Price);
                private readonly record struct Point(int X, int Y);
            """),
        ["lambdas, local functions and closures"] = InOnStart("""
            int calls = 0;
            Func<double, double> square = x => { calls++; return x * x; };
            static double Half(double x) => x / 2;
            double Twice(double x) => 2 * square(x);
            Action<int> log = n => calls += n;
            log((int)(Half(4) + Twice(1)));
            """),
        ["static readonly constants and const"] = InOnStart("""
            decimal fee = Fee * Lots + (decimal)Window.TotalDays;
            string label = Name + Side.Long;
            """, members: """
            private const int Lots = 3;
                private static readonly decimal Fee = 0.5m;
                private static readonly string Name = "legit";
                private static readonly TimeSpan Window = TimeSpan.FromDays(20);
                private static readonly Func<int, int> Identity = x => x;
                private static readonly (int, decimal) Pair = (1, 2m);
                private static int Computed => Lots * 2;
                private enum Side { Long, Short }
            """),
        ["nameof, typeof and GetType are harmless"] = InOnStart("""
            string file = nameof(System.IO.File);
            bool same = GetType() == typeof(Legit);
            string typeName = GetType().Name + typeof(int).FullName;
            if (same && file.Length > 0 && typeName.Length > 0) { }
            """),
        ["in-memory streams and text writers"] = InOnStart("""
            using var stream = new System.IO.MemoryStream();
            using var writer = new System.IO.StringWriter(CultureInfo.InvariantCulture);
            writer.Write(1.5m);
            using var reader = new System.IO.StringReader(writer.ToString());
            stream.WriteByte(1);
            """, usings: "using System.Globalization;"),
        ["exceptions, generics and instance state"] = InOnStart("""
            _window.Add(1m);
            if (_window.Count > 100) throw new InvalidOperationException("window overflow");
            var box = new Box<decimal>(2m);
            var random = new Random(42);
            _ = random.Next() + box.Value;
            """, members: """
            private readonly List<decimal> _window = new();
                private sealed class Box<T>(T value) { public T Value { get; } = value; }
            """),
    };
}
