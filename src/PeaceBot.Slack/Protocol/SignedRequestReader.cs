using Microsoft.AspNetCore.Http;
using PeaceBot.Slack.Signing;

namespace PeaceBot.Slack.Protocol;

/// <summary>Reads the raw body (bounded) and checks Slack's signature before anything else looks at it.</summary>
internal sealed class SignedRequestReader(SlackSignatureVerifier verifier)
{
    public const int MaxBodyBytes = 64 * 1024;

    public async Task<SignedRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
            buffer.Write(chunk, 0, read);
        }
        var body = buffer.ToArray();
        var ok = verifier.IsValid(
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body);
        return ok ? SignedRequest.Accepted(body) : SignedRequest.Refused(StatusCodes.Status401Unauthorized, "invalid or stale signature");
    }
}
