using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OmniAlpha.Kernel.Live;
using OmniAlpha.Server.Security;
using OmniAlpha.Server.Views;

namespace OmniAlpha.Server.Api;

/// <summary>
/// <c>GET /api/events</c>: Server-Sent Events. Sends the current snapshot at once, then each snapshot the engine
/// publishes (at most one per <see cref="EventStreamOptions.MinInterval"/>; a newer one replaces an unsent one) and a
/// heartbeat comment when idle. Ends when the client disconnects or the server stops, and unsubscribes from the host.
/// </summary>
internal static class EventStreamEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/events", StreamAsync)
            .WithTags("Live").WithName("StreamEvents")
            .WithSummary("Server-Sent Events: 'snapshot' events carrying the live snapshot, heartbeat comments when idle.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .RequireAuthorization(ApiKeyDefaults.ViewerPolicy);

    private static async Task StreamAsync(HttpContext context, ITradingHost host, IOptions<ServerOptions> options,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IHostApplicationLifetime lifetime)
    {
        var settings = options.Value.Events;
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Capacity one, newest wins: a slow client gets the latest state, never a backlog.
        var pending = Channel.CreateBounded<LiveHostSnapshot>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        void OnPublished(LiveHostSnapshot snapshot) => pending.Writer.TryWrite(snapshot);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        host.SnapshotPublished += OnPublished;
        try
        {
            LiveHostSnapshot first = host.Current;
            await WriteSnapshotAsync(response, first, json.Value.SerializerOptions, stop.Token);
            long lastVersion = first.Version;
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(settings.HeartbeatInterval);
                LiveHostSnapshot snapshot;
                try
                {
                    snapshot = await pending.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await response.WriteAsync(": heartbeat\n\n", stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                    continue;
                }
                if (snapshot.Version <= lastVersion)
                    continue;
                await WriteSnapshotAsync(response, snapshot, json.Value.SerializerOptions, stop.Token);
                lastVersion = snapshot.Version;
                // Throttle: snapshots published meanwhile collapse into the newest one.
                await Task.Delay(settings.MinInterval, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Client gone or server stopping: the stream just ends.
        }
        finally
        {
            host.SnapshotPublished -= OnPublished;
        }
    }

    private static readonly byte[] DataEnd = "\n\n"u8.ToArray();

    /// <summary>
    /// Writes one event, serializing the snapshot straight into the response body: a 50-strategy snapshot is about half a
    /// megabyte, and building it as a string first cost several large copies per event per client (found by the load
    /// benchmark). Compact JSON has no raw line breaks (they are escaped inside strings), so it is one valid data line.
    /// </summary>
    private static async Task WriteSnapshotAsync(HttpResponse response, LiveHostSnapshot snapshot, JsonSerializerOptions json,
        CancellationToken cancellationToken)
    {
        if (json.WriteIndented) json = new JsonSerializerOptions(json) { WriteIndented = false };
        await response.WriteAsync($"event: snapshot\nid: {snapshot.Version}\ndata: ", cancellationToken);
        await JsonSerializer.SerializeAsync(response.Body, SnapshotView.From(snapshot), json, cancellationToken);
        await response.Body.WriteAsync(DataEnd, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
