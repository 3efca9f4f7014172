using Microsoft.AspNetCore.Http;
using PeaceBot.Core.IO;
using PeaceBot.Slack.Signing;

namespace PeaceBot.Slack.Protocol;

/// <summary>Reads the raw body (bounded) and checks Slack's signature before anything else looks at it.</summary>
internal sealed class SignedRequestReader(SlackSignatureVerifier verifier)
{
    public const int MaxBodyBytes = 64 * 1024;

    public async Task<SignedRequest> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
        var body = await BoundedRead.ReadAllAsync(request.Body, MaxBodyBytes, ct);
        if (body is null) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
        var ok = verifier.IsValid(
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body);
        return ok ? SignedRequest.Accepted(body) : SignedRequest.Refused(StatusCodes.Status401Unauthorized, "invalid or stale signature");
    }
}
