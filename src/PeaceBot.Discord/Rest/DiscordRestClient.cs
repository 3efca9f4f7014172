using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Rest;

/// <summary>
/// The Discord REST calls PeaceBot makes: interaction callbacks and follow-ups (authorised by the interaction
/// token) and command registration (bot token). A 429 waits the <c>retry_after</c> Discord gives; 5xx retries
/// with backoff; after that the failure is the caller's to log.
/// </summary>
public sealed class DiscordRestClient
{
    public const string UserAgent = "DiscordBot (https://github.com/peacebot/peacebot, 1.0)";
    private const int MaxAttempts = 4;
    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordRestClient> _logger;

    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    private string Base => _options.ApiBaseUrl.TrimEnd('/');

    public Task<HttpResponseMessage> EditOriginalAsync(string token, JsonObject message, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"{Base}/webhooks/{_options.ApplicationId}/{Uri.EscapeDataString(token)}/messages/@original", message, bot: false, ct);

    public Task<HttpResponseMessage> CallbackAsync(string id, string token, JsonObject response, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"{Base}/interactions/{id}/{Uri.EscapeDataString(token)}/callback", response, bot: false, ct);

    public Task<HttpResponseMessage> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, guildId is null
            ? $"{Base}/applications/{_options.ApplicationId}/commands"
            : $"{Base}/applications/{_options.ApplicationId}/guilds/{guildId}/commands", commands, bot: true, ct);

    public Task<HttpResponseMessage> GetGatewayBotAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"{Base}/gateway/bot", null, bot: true, ct);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body, bool bot, CancellationToken ct)
    {
        var json = body?.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.UserAgent.ParseAdd(UserAgent);
            if (bot) request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
            if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            if (attempt >= MaxAttempts || (response.StatusCode != HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500)) return response;

            var wait = response.StatusCode == HttpStatusCode.TooManyRequests
                ? await RetryAfter(response, ct).ConfigureAwait(false)
                : TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1));
            _logger.LogWarning("Discord {Method} {Path} returned {Status}; retrying in {Wait} ms", method, new Uri(url).AbsolutePath.Split('/').Take(3).Aggregate((a, b) => a + "/" + b), (int)response.StatusCode, (int)wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, ct).ConfigureAwait(false);
        }
    }

    private static async Task<TimeSpan> RetryAfter(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            if (doc.RootElement.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds))
                return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 60));
        }
        catch (JsonException)
        {
        }
        if (response.Headers.TryGetValues("Retry-After", out var values) && double.TryParse(values.First(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
            return TimeSpan.FromSeconds(Math.Clamp(header, 0, 60));
        return TimeSpan.FromSeconds(1);
    }
}
