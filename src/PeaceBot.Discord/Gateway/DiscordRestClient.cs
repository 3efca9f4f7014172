using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Api;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Gateway;

/// <summary>The REST calls gateway mode needs: where to connect, and answering interactions by callback.</summary>
public sealed class DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options)
{
    public async Task<string> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, options.Value.ApiBaseUrl.TrimEnd('/') + "/gateway/bot");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken!.Trim());
        DiscordApiHeaders.Apply(request);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body?["url"]?.GetValue<string>() ?? throw new HttpRequestException("GET /gateway/bot gave no url");
    }

    public async Task PostCallbackAsync(string interactionId, string token, JsonObject reply, CancellationToken cancellationToken)
    {
        var url = $"{options.Value.ApiBaseUrl.TrimEnd('/')}/interactions/{Uri.EscapeDataString(interactionId)}/{Uri.EscapeDataString(token)}/callback";
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(reply.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        DiscordApiHeaders.Apply(request);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
