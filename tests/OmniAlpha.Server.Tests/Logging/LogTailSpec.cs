using Microsoft.Extensions.Logging;
using OmniAlpha.Server.Logging;

namespace OmniAlpha.Server.Tests.Logging;

/// <summary>The log tail: a ring of the last lines, each redacted before it is kept.</summary>
public sealed class LogTailSpec
{
    [Fact]
    public void Keeps_the_last_lines_in_order_and_drops_older_ones()
    {
        using var tail = new LogTail(text => text, capacity: 3);
        var logger = tail.CreateLogger("Engine");
        for (int i = 1; i <= 5; i++)
            logger.LogInformation("line {Number}", i);
        var lines = tail.Tail(10);
        Assert.Equal(["line 3", "line 4", "line 5"], lines.Select(l => l.Message));
        Assert.Equal([3L, 4L, 5L], lines.Select(l => l.Sequence));
        Assert.Equal(["line 5"], tail.Tail(1).Select(l => l.Message));
        Assert.All(lines, l => Assert.Equal("Engine", l.Category));
    }

    [Fact]
    public void Redacts_messages_and_exception_texts_and_keeps_no_stack_trace()
    {
        using var tail = new LogTail(text => text.Replace("hunter2", "***", StringComparison.Ordinal));
        var logger = tail.CreateLogger("Broker");
        Exception error;
        try { throw new InvalidOperationException("login failed for password hunter2"); }
        catch (InvalidOperationException e) { error = e; }
        logger.LogError(error, "connect with hunter2 failed");
        var line = Assert.Single(tail.Tail(5));
        Assert.Equal("connect with *** failed", line.Message);
        Assert.Equal("InvalidOperationException: login failed for password ***", line.Exception);
        Assert.Equal(LogLevel.Error, line.Level);
    }

    [Fact]
    public void Ignores_lines_below_its_level()
    {
        using var tail = new LogTail(text => text, minimumLevel: LogLevel.Warning);
        var logger = tail.CreateLogger("X");
        logger.LogInformation("chatter");
        logger.LogWarning("matters");
        Assert.Equal(["matters"], tail.Tail(10).Select(l => l.Message));
    }
}
