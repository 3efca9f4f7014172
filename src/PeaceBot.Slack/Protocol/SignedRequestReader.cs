using Microsoft.AspNetCore.Http;
using PeaceBot.Core.IO;
using PeaceBot.Slack.Signing;

namespace PeaceBot.Slack.Protocol;

/// <summary>Reads the raw body (bounded per endpoint) and checks Slack's signature before anything else looks at it.</summary>
internal sealed class SignedRequestReader(SlackSignatureVerifier verifier)
{
    /// <param name="maxBodyBytes">The endpoint's limit (<see cref="SlackBodyLimits"/>): as large as Slack sends there.</param>
    /// <param name="answerSslCheck">Slash commands: Slack's <c>ssl_check=1</c> probe is answered before the signature check, as Bolt does.</param>
    public async Task<SignedRequest> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken ct, bool answerSslCheck = false)
    {
        if (request.ContentLength > maxBodyBytes) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
        var body = await BoundedRead.ReadAllAsync(request.Body, maxBodyBytes, ct);
        if (body is null) return SignedRequest.Refused(StatusCodes.Status413PayloadTooLarge, "request body too large");
        if (answerSslCheck && FormBody.TryParse(body) is { } form && form.GetValueOrDefault("ssl_check") == "1")
            return SignedRequest.SslCheck;
        var ok = verifier.IsValid(
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body);
        return ok ? SignedRequest.Accepted(body) : SignedRequest.Refused(StatusCodes.Status401Unauthorized, "invalid or stale signature");
    }
}
