using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PeaceBot.Hosting;

/// <summary>
/// ASP.NET Core health checks. <c>/healthz</c> (liveness): 200 "ok" while the process serves HTTP; it runs no check,
/// so a slow reload never gets the container restarted. <c>/readyz</c> (readiness): the knowledge and socket-session
/// checks; 503 with the reasons in JSON when unhealthy, 200 with the reason when degraded (serving the last good
/// knowledge), 200 when healthy.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPeaceBotHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>("knowledge", tags: [ReadyTag])
            .AddCheck<SessionHealthCheck>("sessions", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (http, _) => { http.Response.ContentType = "text/plain"; return http.Response.WriteAsync("ok"); },
        });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteReadiness,
        });
        return endpoints;
    }

    private static Task WriteReadiness(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", Name(report.Status));
            json.WriteBoolean("ready", report.Status != HealthStatus.Unhealthy);
            json.WriteStartArray("reasons");
            foreach (var (name, entry) in report.Entries)
                if (entry.Status != HealthStatus.Healthy) json.WriteStringValue($"{name}: {entry.Description}");
            json.WriteEndArray();
            // The knowledge counts at the top level, as before health checks: scripts read "files" and "passages".
            if (report.Entries.TryGetValue("knowledge", out var knowledge))
                foreach (var (key, value) in knowledge.Data)
                {
                    if (value is int n) json.WriteNumber(key, n);
                    else json.WriteString(key, value.ToString());
                }
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", Name(entry.Status));
                json.WriteString("description", entry.Description);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return http.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();
}
