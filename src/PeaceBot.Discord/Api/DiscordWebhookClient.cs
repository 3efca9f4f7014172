using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Api;

/// <summary>Interaction follow-ups over Discord's webhook routes (no bot token needed; the interaction token authorises).</summary>
public sealed class DiscordWebhookClient(HttpClient http, IOptions<DiscordOptions> options)
{
    /// <summary>Replaces the deferred "thinking…" reply with the real answer.</summary>
    public async Task EditOriginalAsync(string interactionToken, JsonObject data, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var url = $"{o.ApiBaseUrl.TrimEnd('/')}/webhooks/{Uri.EscapeDataString(o.ApplicationId ?? "")}/{Uri.EscapeDataString(interactionToken)}/messages/@original";
        using var request = new HttpRequestMessage(HttpMethod.Patch, url)
        {
            Content = new StringContent(data.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        DiscordApiHeaders.Apply(request);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PATCH @original answered {(int)response.StatusCode}", null, response.StatusCode);
    }
}
