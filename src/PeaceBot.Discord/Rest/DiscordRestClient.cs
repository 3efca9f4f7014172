using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Http;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Rest;

/// <summary>
/// The Discord REST calls PeaceBot makes: interaction callbacks and follow-ups (authorised by the interaction
/// token) and command registration (bot token). The client it is given retries as <see cref="Retry"/> says (the
/// toolkit's <see cref="ChatApiRetry"/>): a 429 waits the <c>retry_after</c> Discord gives, 5xx retries with backoff;
/// after that the failure is the caller's to log.
/// </summary>
public sealed class DiscordRestClient
{
    public const string UserAgent = "DiscordBot (https://github.com/peacebot/peacebot, 1.0)";

    /// <summary>
    /// Follow-ups may come up to 15 minutes after the interaction, so a minute of waiting is fine; the callback is
    /// narrowed to <see cref="CallbackBudget"/>.
    /// </summary>
    public static readonly RetryPolicy Retry = new()
    {
        Api = "Discord",
        MaxAttempts = 4,
        MaxRetryAfter = TimeSpan.FromSeconds(60),
        Budget = TimeSpan.FromSeconds(60),
        RetryAfterInBody = RetryAfterInBodyAsync,
    };

    /// <summary>Discord drops an interaction not acknowledged within 3 s, and the answer may have used 2 s of it.</summary>
    public static readonly TimeSpan CallbackBudget = TimeSpan.FromSeconds(1);

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;

    /// <param name="http">A client that sends through <see cref="Retry"/> (<c>AddChatApiRetry</c> or <c>ChatApiRetry.CreateClient</c>).</param>
    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    private string Base => _options.ApiBaseUrl.TrimEnd('/');

    public Task<HttpResponseMessage> EditOriginalAsync(string token, JsonObject message, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"{Base}/webhooks/{_options.ApplicationId}/{Uri.EscapeDataString(token)}/messages/@original", message, bot: false, ct);

    public Task<HttpResponseMessage> CallbackAsync(string id, string token, JsonObject response, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"{Base}/interactions/{id}/{Uri.EscapeDataString(token)}/callback", response, bot: false, ct, CallbackBudget);

    public Task<HttpResponseMessage> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, guildId is null
            ? $"{Base}/applications/{_options.ApplicationId}/commands"
            : $"{Base}/applications/{_options.ApplicationId}/guilds/{guildId}/commands", commands, bot: true, ct);

    public Task<HttpResponseMessage> GetGatewayBotAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"{Base}/gateway/bot", null, bot: true, ct);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonNode? body, bool bot, CancellationToken ct, TimeSpan? budget = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (bot) request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.BotToken);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (budget is { } b) request.Options.Set(ChatApiRetry.BudgetOption, b);
        return await _http.SendAsync(request, ct).ConfigureAwait(false);
    }

    /// <summary>Discord's 429 body: <c>{"retry_after": 1.234, …}</c> in seconds (finer than the header's whole seconds).</summary>
    private static async ValueTask<TimeSpan?> RetryAfterInBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds))
                return TimeSpan.FromSeconds(Math.Max(0, seconds));
        }
        catch (JsonException)
        {
        }
        return null;
    }
}
