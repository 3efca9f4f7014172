using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Sockets;

namespace PeaceBot.Hosting;

/// <summary>
/// Readiness of the platform socket sessions (Discord gateway, Slack Socket Mode), when configured: unhealthy once one
/// has been down longer than <see cref="HealthOptions.SessionGraceSeconds"/>, so a deaf bot does not look ready.
/// </summary>
public sealed class SessionHealthCheck(IEnumerable<IHostedService> hosted, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sessions = hosted.OfType<ISocketSession>().Select(s => s.Session).ToList();
        var grace = TimeSpan.FromSeconds(options.Value.SessionGraceSeconds);
        var down = sessions.Where(s => s.IsDownLongerThan(grace)).ToList();
        var data = sessions.ToDictionary(s => s.Name, s => (object)(s.IsUp ? "up" : "down"));
        if (down.Count == 0)
            return Task.FromResult(HealthCheckResult.Healthy(sessions.Count == 0 ? "no socket sessions configured" : "socket sessions up", data));
        var reasons = string.Join("; ", down.Select(s =>
            $"{s.Name} is down since {s.Since:yyyy-MM-dd HH:mm:ss} UTC{(s.LastError is { } e ? $" ({e})" : "")}"));
        return Task.FromResult(HealthCheckResult.Unhealthy(reasons, data: data));
    }
}
