using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Core.IO;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>POST /api/ask</c> <c>{"command": "/who said …", "page": 1, "page_size": 5}</c> → the same JSON as
/// <c>peacebot ask --json</c>. Answers 404 unless <c>Api:Key</c> is set (then bearer-protected; key holders may also
/// run the moderator commands /status and /reload) or <c>Api:AllowAnonymous</c> is true. Each client address has its
/// own rate-limit window (<see cref="HttpEdge.ApiPolicy"/>); over it, 429 with <c>Retry-After</c>.
/// </summary>
public static class AskApiEndpoint
{
    public const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/ask", HandleAsync).RequireRateLimiting(HttpEdge.ApiPolicy);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IAnswerService answers, IOptions<ApiOptions> options, CancellationToken ct)
    {
        var api = options.Value;
        if (!api.IsServed)
            return Results.Json(new { error = "the API is off: the operator sets Api:Key (or Api:AllowAnonymous=true) to turn it on" }, statusCode: StatusCodes.Status404NotFound);
        // A wrong key is refused even where anonymous callers are allowed: the caller meant to be a moderator.
        var keyed = api.HasKey && BearerKey.Matches(http.Request, api.Key!);
        if (!keyed && (!api.AllowAnonymous || (api.HasKey && BearerKey.IsPresent(http.Request))))
            return Results.Json(new { error = "missing or wrong bearer token" }, statusCode: StatusCodes.Status401Unauthorized);
        if (http.Request.ContentLength > MaxBodyBytes)
            return Results.Json(new { error = $"body over {MaxBodyBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);

        var body = await BoundedRead.ReadAllAsync(http.Request.Body, MaxBodyBytes, ct);
        if (body is null) return Results.Json(new { error = $"body over {MaxBodyBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
        string? command;
        int page = 1, pageSize = 5;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("command", out var c) || c.ValueKind != JsonValueKind.String)
                return Results.Json(new { error = "expected {\"command\": \"/ask …\"}" }, statusCode: StatusCodes.Status400BadRequest);
            command = c.GetString();
            if (doc.RootElement.TryGetProperty("page", out var p) && (p.ValueKind != JsonValueKind.Number || !p.TryGetInt32(out page) || page < 1))
                return Results.Json(new { error = "page must be a whole number from 1" }, statusCode: StatusCodes.Status400BadRequest);
            if (doc.RootElement.TryGetProperty("page_size", out var s) && (s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out pageSize) || pageSize is < 1 or > 25))
                return Results.Json(new { error = "page_size must be 1 to 25" }, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return Results.Json(new { error = "body is not valid JSON with valid UTF-8 text" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var user = http.Connection.RemoteIpAddress?.ToString();
        var answer = await answers.AnswerAsync(new AnswerRequest(command ?? "", "api", page, pageSize) { UserId = user, IsModerator = keyed }, ct);
        return Results.Text(AnswerJson.Serialize(answer), "application/json", Encoding.UTF8);
    }
}
