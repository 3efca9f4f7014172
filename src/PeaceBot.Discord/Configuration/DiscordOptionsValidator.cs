using System.Globalization;
using Microsoft.Extensions.Options;

namespace PeaceBot.Discord.Configuration;

/// <summary>Checks <c>Discord:*</c> at start-up; every failure names its key and what is expected.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions o)
    {
        if (!o.IsConfigured) return ValidateOptionsResult.Success;
        var failures = new List<string>();
        if (o.PublicKey is not { Length: 64 } key || !key.All(Uri.IsHexDigit))
            failures.Add("Discord:PublicKey must be the application's public key: 64 hex characters.");
        if (!IsSnowflake(o.ApplicationId))
            failures.Add("Discord:ApplicationId must be the application's numeric id.");
        if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");
        if (o.Mode == DiscordMode.Gateway && string.IsNullOrWhiteSpace(o.BotToken))
            failures.Add("Discord:BotToken is required when Discord:Mode is gateway.");
        if (o.ModeratorRoleIds.Any(r => !IsSnowflake(r)))
            failures.Add("Discord:ModeratorRoleIds must hold numeric role ids.");
        if (o.AnswerBudgetMilliseconds is < 100 or > 2800)
            failures.Add("Discord:AnswerBudgetMilliseconds must be 100 to 2800 (Discord's limit is 3000).");
        if (o.ReconnectMilliseconds is < 1 or > 60_000)
            failures.Add("Discord:ReconnectMilliseconds must be 1 to 60000.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string? id) =>
        !string.IsNullOrWhiteSpace(id) && ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
