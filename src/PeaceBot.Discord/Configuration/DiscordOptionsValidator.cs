using Microsoft.Extensions.Options;

namespace PeaceBot.Discord.Configuration;

/// <summary>Refuses start-up on a bad <c>Discord:*</c> value, naming the key. An absent section is valid (adapter off).</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.IsEnabled) return ValidateOptionsResult.Success;
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.PublicKey))
            failures.Add("Discord:PublicKey is required when Discord:ApplicationId is set (64 hex characters from the developer portal).");
        else if (!IsHex(options.PublicKey.Trim(), 64))
            failures.Add("Discord:PublicKey must be exactly 64 hex characters (the application's public key).");

        if (string.IsNullOrWhiteSpace(options.ApplicationId))
            failures.Add("Discord:ApplicationId is required when Discord:PublicKey is set.");
        else if (!IsSnowflake(options.ApplicationId.Trim()))
            failures.Add("Discord:ApplicationId must be a numeric Discord id (snowflake).");

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL.");

        if (options.Mode is not ("http" or "gateway"))
            failures.Add("Discord:Mode must be 'http' or 'gateway'.");
        else if (options.IsGateway && string.IsNullOrWhiteSpace(options.BotToken))
            failures.Add("Discord:BotToken is required when Discord:Mode is 'gateway'.");

        if (options.BotToken is { } token && (token.Trim().Length == 0 || token.Any(char.IsWhiteSpace)))
            failures.Add("Discord:BotToken must not be blank or contain whitespace.");

        foreach (var role in options.ModeratorRoleIds)
            if (!IsSnowflake(role))
                failures.Add($"Discord:ModeratorRoleIds contains '{Truncate(role)}', which is not a numeric role id.");

        if (options.AnswerBudget <= TimeSpan.Zero || options.AnswerBudget >= TimeSpan.FromMilliseconds(2500))
            failures.Add("Discord:AnswerBudget must be between 0 and 2.5 seconds (Discord needs a first reply within 3 s).");

        if (options.GatewayBackoff <= TimeSpan.Zero || options.GatewayBackoff > TimeSpan.FromMinutes(1))
            failures.Add("Discord:GatewayBackoff must be between 0 and 1 minute.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHex(string text, int length) =>
        text.Length == length && text.All(char.IsAsciiHexDigit);

    internal static bool IsSnowflake(string text) =>
        text.Length is >= 1 and <= 20 && text.All(char.IsAsciiDigit);

    private static string Truncate(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
