using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Adapters.Http;
using PeaceBot.Slack.Configuration;
using Polly.Timeout;

namespace PeaceBot.Slack.WebApi;

/// <summary>
/// The two ways the bot talks back: Web API methods (bearer token) and a command's <c>response_url</c>. The client it
/// is given retries 429 and 5xx as <see cref="Retry"/> says (the toolkit's <see cref="ChatApiRetry"/>).
/// </summary>
internal sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> log)
{
    public const string HttpClientName = "PeaceBot.Slack";

    /// <summary>
    /// Slack's Web API gives Retry-After in seconds; a response_url stays valid for 30 minutes, so half a minute of
    /// waiting still answers.
    /// </summary>
    public static readonly RetryPolicy Retry = new()
    {
        Api = "Slack",
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(200),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
        Budget = TimeSpan.FromSeconds(30),
    };

    /// <summary>chat.postMessage; <paramref name="message"/> carries text and blocks. Returns false when Slack said no.</summary>
    public async Task<bool> PostMessageAsync(string channel, string? threadTs, JsonObject message, CancellationToken ct)
    {
        var body = new JsonObject { ["channel"] = channel };
        if (!string.IsNullOrEmpty(threadTs)) body["thread_ts"] = threadTs;
        foreach (var (key, value) in message) body[key] = value?.DeepClone();
        // Never auto-link @names or unfurl: the answer text is quoted material, not the bot's own words.
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;

        var url = new Uri(new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/"), "chat.postMessage");
        return await SendAsync(url, body, options.Value.BotToken, "chat.postMessage", ct);
    }

    /// <summary>apps.connections.open with the app token (header only): a fresh Socket Mode URL, or null when Slack refused.</summary>
    public async Task<Uri?> OpenSocketConnectionAsync(CancellationToken ct)
    {
        var url = new Uri(new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/"), "apps.connections.open");
        var reply = await SendForReplyAsync(url, new JsonObject(), options.Value.AppToken, "apps.connections.open", ct);
        var socketUrl = reply?["url"]?.ToString();
        if (socketUrl is null || !Uri.TryCreate(socketUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "wss" && uri.Scheme != "ws"))
        {
            if (reply is not null) log.LogWarning("Slack apps.connections.open returned no usable WebSocket URL");
            return null;
        }
        return uri;
    }

    /// <summary>Posts to a response_url (no token: the URL itself is the credential).</summary>
    public Task<bool> RespondAsync(string responseUrl, JsonObject message, CancellationToken ct)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            log.LogWarning("Slack response_url is not an http(s) URL; reply dropped");
            return Task.FromResult(false);
        }
        return SendAsync(url, message, null, "response_url", ct);
    }

    private async Task<bool> SendAsync(Uri url, JsonObject body, string? token, string what, CancellationToken ct) =>
        await SendForReplyAsync(url, body, token, what, ct) is not null;

    /// <summary>The reply (an empty object for a non-JSON success such as response_url's "ok"), or null on any failure.</summary>
    private async Task<JsonObject?> SendForReplyAsync(Uri url, JsonObject body, string? token, string what, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning(e, "Slack {What} failed to send", what);
            return null;
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                log.LogWarning("Slack {What} answered HTTP {Status}", what, (int)response.StatusCode);
                return null;
            }
            return CheckOk(text, what);
        }
    }

    /// <summary>Web API errors come back as HTTP 200 with <c>ok:false</c>; response_url answers plain "ok".</summary>
    private JsonObject? CheckOk(string text, string what)
    {
        if (!text.TrimStart().StartsWith('{')) return new JsonObject();
        try
        {
            var node = JsonNode.Parse(text) as JsonObject;
            if (node?["ok"] is JsonValue ok && ok.GetValueKind() == JsonValueKind.False)
            {
                log.LogWarning("Slack {What} returned ok:false, error {Error}", what, node["error"]?.ToString() ?? "(none)");
                return null;
            }
            return node ?? new JsonObject();
        }
        catch (JsonException)
        {
            log.LogWarning("Slack {What} returned unreadable JSON", what);
            return null;
        }
    }
}
