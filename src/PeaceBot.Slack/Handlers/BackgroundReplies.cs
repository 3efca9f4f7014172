using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PeaceBot.Slack.Handlers;

/// <summary>Runs reply work after the HTTP ack has gone out; tied to app shutdown, not to the (finished) request.</summary>
internal sealed class BackgroundReplies(IHostApplicationLifetime lifetime, ILogger<BackgroundReplies> log)
{
    public Task Run(string what, Func<CancellationToken, Task> work)
    {
        var ct = lifetime.ApplicationStopping;
        return Task.Run(async () =>
        {
            try
            {
                await work(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                log.LogError(e, "Slack {What} reply failed", what);
            }
        }, CancellationToken.None);
    }

    public CancellationToken Stopping => lifetime.ApplicationStopping;
}
