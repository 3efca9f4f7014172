using System.Globalization;
using PeaceBot.Core.Engine;

namespace PeaceBot.Hosting;

/// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: knowledge is indexed and serving (503 until then).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (KnowledgeService knowledge) =>
        {
            var s = knowledge.Status;
            var body = new
            {
                ready = s.IsReady,
                files = s.Files,
                passages = s.Passages,
                plans = s.Plans,
                problems = s.Problems.Count,
                last_reload = s.LastReload?.ToString("O", CultureInfo.InvariantCulture),
            };
            return Results.Json(body, statusCode: s.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
