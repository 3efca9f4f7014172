using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeaceBot.Discord.Api;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Registration;

/// <summary>
/// Uploads <see cref="CommandJson"/> with a bulk overwrite (global, or one guild for instant updates),
/// waiting out 429s as Discord's <c>retry_after</c> says, and reports what changed.
/// </summary>
public sealed class DiscordCommandRegistrar(HttpClient http, DiscordOptions options, Func<TimeSpan, CancellationToken, Task>? delay = null)
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    public async Task<CommandChanges> RegisterAsync(string? guildId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.BotToken)) throw new DiscordRegistrationException("Discord:BotToken is required to register commands.");
        if (string.IsNullOrWhiteSpace(options.ApplicationId) || !DiscordOptionsValidator.IsSnowflake(options.ApplicationId))
            throw new DiscordRegistrationException("Discord:ApplicationId must be set to the numeric application id.");
        if (guildId is not null && !DiscordOptionsValidator.IsSnowflake(guildId))
            throw new DiscordRegistrationException($"--guild must be a numeric guild id, not '{guildId}'.");

        var path = guildId is null
            ? $"/applications/{options.ApplicationId}/commands"
            : $"/applications/{options.ApplicationId}/guilds/{guildId}/commands";
        var wanted = CommandJson.Build();

        var current = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        var changes = CommandDiff.Compare(current as JsonArray ?? [], wanted);
        await SendAsync(HttpMethod.Put, path, wanted, cancellationToken);
        return changes;
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, options.ApiBaseUrl.TrimEnd('/') + path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.BotToken!.Trim());
            DiscordApiHeaders.Apply(request);
            if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                await _delay(RetryAfter(response, text), cancellationToken);
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw new DiscordRegistrationException($"{method} {path} failed: {(int)response.StatusCode} {DiscordMessage(text)}".TrimEnd());
            try
            {
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new DiscordRegistrationException($"{method} {path} answered with something that is not JSON.");
            }
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, string body)
    {
        double seconds = 1;
        try
        {
            if (JsonNode.Parse(body)?["retry_after"] is JsonValue v && v.TryGetValue<double>(out var s)) seconds = s;
        }
        catch (JsonException)
        {
            if (response.Headers.TryGetValues("Retry-After", out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var h)) seconds = h;
        }
        var wait = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return wait > MaxWait ? MaxWait : wait;
    }

    private static string DiscordMessage(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["message"]?.ToString() ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
