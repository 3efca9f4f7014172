using Microsoft.Extensions.Logging;

namespace PeaceBot.Adapters.Sockets;

/// <summary>
/// The one WebSocket session loop every socket platform uses (Discord gateway, Slack Socket Mode): find the URL,
/// connect, hand the connection to the platform's receive loop, and when it ends reconnect after a jittered
/// backoff — on every reconnect, so a server that drops each connection at once never sees a burst. A
/// connection that failed, or a platform loop that threw, never ends the loop; only <see cref="SessionEnd.Fatal"/>
/// or the stopping token does.
/// </summary>
public sealed class SessionLoop
{
    private readonly string _name;
    private readonly Backoff _backoff;
    private readonly SocketLiveness _liveness;
    private readonly int _maxMessageBytes;
    private readonly ILogger _log;

    public SessionLoop(string name, Backoff backoff, SocketLiveness liveness, int maxMessageBytes, ILogger log)
    {
        (_name, _backoff, _liveness, _maxMessageBytes, _log) = (name, backoff, liveness, maxMessageBytes, log);
        Status = new SessionStatus(name);
    }

    /// <summary>Up while a connection is handed to the platform's receive loop; down between connections.</summary>
    public SessionStatus Status { get; }

    /// <summary>Connections opened so far.</summary>
    public int Connections { get; private set; }

    /// <summary>Opens a connection to <paramref name="url"/> with this loop's liveness and size limit (also for hand-overs).</summary>
    public async Task<SocketConnection> ConnectAsync(Uri url, CancellationToken ct)
    {
        var connection = await SocketConnection.ConnectAsync(url, _liveness, _maxMessageBytes, ct).ConfigureAwait(false);
        Connections++;
        return connection;
    }

    /// <param name="locate">Where to connect now (may ask the platform's API); throws or returns null when it cannot say.</param>
    /// <param name="session">The platform's receive loop for one connection.</param>
    public async Task RunAsync(Func<CancellationToken, Task<Uri?>> locate, Func<SocketConnection, CancellationToken, Task<SessionEnd>> session, CancellationToken stoppingToken)
    {
        SocketConnection? next = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var end = SessionEnd.Reconnect;
            var healthy = false;
            try
            {
                var current = next;
                next = null;
                if (current is null && await locate(stoppingToken).ConfigureAwait(false) is { } url)
                    current = await ConnectAsync(url, stoppingToken).ConfigureAwait(false);
                if (current is not null)
                {
                    healthy = true;
                    Status.Up();
                    try
                    {
                        end = await session(current, stoppingToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        if (end.Replacement is null) Status.Down("the connection closed");
                        // A handed-over connection closes once it has sent what it still owed (e.g. acks).
                        if (end.Retire is { } retire) _ = retire.ContinueWith(_ => current.DisposeAsync().AsTask(), TaskScheduler.Default).Unwrap();
                        else await current.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Whatever broke this connection, the loop must not die with it: a faulted BackgroundService stops the host.
                Status.Down(e.Message);
                _log.LogWarning("{Name} connection lost ({Reason})", _name, e.Message);
            }
            if (end.Stop) break;
            if (end.Replacement is { } handedOver)
            {
                next = handedOver;
                continue;
            }
            if (healthy) _backoff.Reset();
            var wait = _backoff.Next();
            _log.LogInformation("{Name}: reconnecting in {Milliseconds} ms", _name, (int)wait.TotalMilliseconds);
            try
            {
                await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        Status.Down("stopped");
        if (next is not null) await next.DisposeAsync().ConfigureAwait(false);
    }
}
