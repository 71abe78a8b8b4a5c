namespace OmniAlpha.Scripting.JavaScript;

/// <summary>Ids of the errors reported about a JavaScript strategy file (the C# scripts use <c>CSxxxx</c> and <c>OAxxxx</c>).</summary>
public static class JavaScriptErrorCodes
{
    /// <summary>The file is not valid JavaScript (a syntax error).</summary>
    public const string SyntaxError = "JS1001";

    /// <summary>The script's top level threw while it was loaded.</summary>
    public const string TopLevelError = "JS1002";

    /// <summary>The script defines none of the strategy callbacks (<c>onStart</c>, <c>onBar</c>, <c>onOrderEvent</c>, <c>onEnd</c>).</summary>
    public const string NoCallbacks = "JS1003";

    /// <summary>A name reserved for a callback is defined but is not a function.</summary>
    public const string CallbackNotFunction = "JS1004";

    /// <summary>Loading the script exceeded its budgets (a runaway top level).</summary>
    public const string BudgetExceeded = "JS1005";
}
