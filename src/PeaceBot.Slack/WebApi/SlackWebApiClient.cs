using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeaceBot.Slack.Configuration;

namespace PeaceBot.Slack.WebApi;

/// <summary>The two ways the bot talks back: Web API methods (bearer token) and a command's <c>response_url</c>.</summary>
internal sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> log)
{
    public const string HttpClientName = "PeaceBot.Slack";
    private const int MaxAttempts = 3;
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

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

    private async Task<bool> SendAsync(Uri url, JsonObject body, string? token, string what, CancellationToken ct)
    {
        var json = body.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException e)
            {
                log.LogWarning(e, "Slack {What} failed to send", what);
                return false;
            }
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    if (wait > MaxRetryAfter) wait = MaxRetryAfter;
                    log.LogWarning("Slack {What} rate limited; retrying after {Seconds}s", what, wait.TotalSeconds);
                    await Task.Delay(wait, ct);
                    continue;
                }
                var text = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode)
                {
                    log.LogWarning("Slack {What} answered HTTP {Status}", what, (int)response.StatusCode);
                    return false;
                }
                return CheckOk(text, what);
            }
        }
    }

    /// <summary>Web API errors come back as HTTP 200 with <c>ok:false</c>; response_url answers plain "ok".</summary>
    private bool CheckOk(string text, string what)
    {
        if (!text.TrimStart().StartsWith('{')) return true;
        try
        {
            var node = JsonNode.Parse(text);
            if (node?["ok"]?.GetValue<bool>() == false)
            {
                log.LogWarning("Slack {What} returned ok:false, error {Error}", what, node["error"]?.ToString() ?? "(none)");
                return false;
            }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            log.LogWarning("Slack {What} returned unreadable JSON", what);
            return false;
        }
    }
}
