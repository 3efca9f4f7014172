using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Hosting;

/// <summary>
/// Readiness of the knowledge: unhealthy before the first load, when nothing is served and the folder or the last
/// reload failed, or when the index fell back to memory against the configuration; degraded (still serving) when the
/// last good snapshot answers after a failed reload or with its folder gone.
/// </summary>
public sealed class KnowledgeHealthCheck(KnowledgeService knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(knowledge.Status));

    public static HealthCheckResult Evaluate(KnowledgeStatus status)
    {
        var data = new Dictionary<string, object>
        {
            ["files"] = status.Files,
            ["passages"] = status.Passages,
            ["plans"] = status.Plans,
            ["problems"] = status.Problems.Count,
        };
        if (status.LastReload is { } at) data["last_reload"] = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        if (!status.IsReady) return HealthCheckResult.Unhealthy("knowledge is not loaded yet", data: data);

        var health = status.Health;
        if (health.IsHealthy) return HealthCheckResult.Healthy($"{status.Files} files served", data);
        var reasons = string.Join("; ", health.Reasons);
        // The index is in memory although a disk index is configured: every restart loses it, so the operator must act.
        if (health.Index is not null) return HealthCheckResult.Unhealthy(reasons, data: data);
        if (status.Files == 0) return HealthCheckResult.Unhealthy($"no knowledge is served: {reasons}", data: data);
        return HealthCheckResult.Degraded($"serving the last good knowledge ({status.Files} files): {reasons}", data: data);
    }
}
