using Microsoft.Extensions.Options;

namespace PeaceBot.Slack.Configuration;

/// <summary>Every failure names the configuration key so start-up tells the operator what to fix.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions o)
    {
        if (!o.IsConfigured) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (!string.Equals(o.Mode, "http", StringComparison.OrdinalIgnoreCase) && !o.IsSocketMode)
            errors.Add($"Slack:Mode must be 'http' or 'socket', not '{o.Mode}'.");
        if (o.IsSocketMode && string.IsNullOrWhiteSpace(o.AppToken))
            errors.Add("Slack:AppToken (xapp-…, scope connections:write) is required when Slack:Mode is 'socket'.");
        // Socket Mode has no HTTP requests to verify, so the signing secret is only needed for http.
        if (!o.IsSocketMode && string.IsNullOrWhiteSpace(o.SigningSecret))
            errors.Add("Slack:SigningSecret is required when Slack:Mode is 'http'.");
        else if (!string.IsNullOrWhiteSpace(o.SigningSecret) && o.SigningSecret.Trim().Length < 16)
            errors.Add("Slack:SigningSecret looks too short (expected the app's signing secret).");
        if (string.IsNullOrWhiteSpace(o.BotToken))
            errors.Add("Slack:BotToken is required when Slack is configured.");
        else if (!o.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            errors.Add("Slack:BotToken must be a bot token starting with 'xoxb-'.");
        if (!string.IsNullOrWhiteSpace(o.AppToken) && !o.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
            errors.Add("Slack:AppToken must be an app-level token starting with 'xapp-'.");
        if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
            errors.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL, not '{o.ApiBaseUrl}'.");
        if (string.IsNullOrWhiteSpace(o.CommandName) || !o.CommandName.StartsWith('/') || o.CommandName.Length > 32 || o.CommandName.Contains(' '))
            errors.Add($"Slack:CommandName must look like '/peacebot' (a slash, no spaces, at most 32 characters), not '{o.CommandName}'.");
        if (o.PageSize is < 1 or > 10)
            errors.Add($"Slack:PageSize must be between 1 and 10, not {o.PageSize}.");
        if (o.InlineReplyMilliseconds is < 0 or > 2500)
            errors.Add($"Slack:InlineReplyMilliseconds must be between 0 and 2500, not {o.InlineReplyMilliseconds}.");
        if (o.PingIntervalMilliseconds is < 100 or > 300_000 || o.PongTimeoutMilliseconds is < 100 or > 300_000)
            errors.Add("Slack:PingIntervalMilliseconds and Slack:PongTimeoutMilliseconds must be between 100 and 300000.");
        if (o.ReconnectMilliseconds is < 1 or > 60_000)
            errors.Add($"Slack:ReconnectMilliseconds must be between 1 and 60000, not {o.ReconnectMilliseconds}.");
        foreach (var id in o.ModeratorUserIds)
            if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
                errors.Add($"Slack:ModeratorUserIds contains an invalid user id '{id}'.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
