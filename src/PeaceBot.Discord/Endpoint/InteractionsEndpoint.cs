using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PeaceBot.Adapters.Security;
using PeaceBot.Core.IO;
using PeaceBot.Discord.Interactions;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord.Endpoint;

/// <summary>
/// <c>POST /discord/interactions</c>. The signature is checked on the raw bytes before anything is parsed: a
/// missing, malformed or wrong signature, or a stale timestamp, is 401 and reaches nothing else.
/// </summary>
public static class InteractionsEndpoint
{
    public const string Path = "/discord/interactions";
    public const int MaxBodyBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext http, DiscordSignatureVerifier verifier, InteractionHandler handler, ReplayGuard replays, ILoggerFactory logs)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await Status(http, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }
        var body = await BoundedRead.ReadAllAsync(http.Request.Body, MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await Status(http, StatusCodes.Status413PayloadTooLarge, "body too large");
            return;
        }
        var signature = Single(http.Request.Headers["X-Signature-Ed25519"]);
        var timestamp = Single(http.Request.Headers["X-Signature-Timestamp"]);
        if (!verifier.Verify(signature, timestamp, body))
        {
            await Status(http, StatusCodes.Status401Unauthorized, "invalid request signature");
            return;
        }
        if (!InteractionParser.TryParse(body, out var interaction, out var error))
        {
            logs.CreateLogger("PeaceBot.Discord").LogWarning("Refused a signed but malformed interaction: {Error}", error);
            await Status(http, StatusCodes.Status400BadRequest, error);
            return;
        }

        if (interaction!.Type != InteractionType.Ping && !replays.TryClaim("discord-interaction", interaction.Id, 2 * DiscordSignatureVerifier.MaxSkew))
        {
            logs.CreateLogger("PeaceBot.Discord").LogWarning("Refused a replayed interaction {Id}", interaction.Id);
            await Status(http, StatusCodes.Status409Conflict, "interaction already answered (replayed request)");
            return;
        }

        var response = await handler.HandleAsync(interaction, http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(response.ToJsonString(), Encoding.UTF8, http.RequestAborted);
    }

    // A repeated header is as suspect as a missing one.
    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;

    private static Task Status(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain";
        return http.Response.WriteAsync(message);
    }
}
