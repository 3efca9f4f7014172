using Microsoft.AspNetCore.Http;
using PeaceBot.Discord.Security;

namespace PeaceBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: size limit, then the Ed25519 check before anything else is looked at,
/// then JSON, then the handler. Refusals never reach the core.
/// </summary>
public static class InteractionEndpoint
{
    public const int MaxBodyBytes = 64 * 1024;

    public static async Task HandleAsync(HttpContext context, InteractionSignatureVerifier verifier, InteractionHandler handler)
    {
        var response = context.Response;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        var body = await ReadLimitedAsync(context.Request.Body, context.RequestAborted);
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var signature = context.Request.Headers["X-Signature-Ed25519"].ToString();
        var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
        if (!verifier.IsValid(signature, timestamp, body))
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
            await response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        if (!InteractionParser.TryParse(body, out var interaction, out var error))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await response.WriteAsync(error, context.RequestAborted);
            return;
        }

        var reply = await handler.HandleAsync(interaction!, context.RequestAborted);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        await response.WriteAsync(reply.ToJsonString(), context.RequestAborted);
    }

    /// <summary>The body, or null when it is over the limit (chunked bodies carry no Content-Length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
