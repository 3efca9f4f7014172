using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeaceBot.Adapters.Paging;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Discord.Rendering;
using PeaceBot.Slack.Rendering;
using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>
/// "Try it": answers a command with the engine (not logged as a question) and shows it as the Discord and Slack
/// adapters' own renderers build it — each message's JSON turned into HTML, with the raw JSON beside it.
/// </summary>
public sealed class TryItRenderer
{
    private readonly PeaceBotEngine _engine;
    private readonly DiscordMessageRenderer _discord = new(new PageTokens(DiscordLimits.CustomId));
    private readonly SlackAnswerRenderer _slack = new();

    public TryItRenderer(PeaceBotEngine engine) => _engine = engine;

    public async Task<string> RenderPageAsync(string? command, string csrf, CancellationToken ct)
    {
        var b = new StringBuilder();
        b.Append($"""
            <form method="get" action="/console/try"><p><label for="command">Command</label><br>
            <input type="text" id="command" name="command" value="{E(command)}" placeholder="/who said …" maxlength="500" required>
            <button type="submit" id="try">Answer</button></p></form>
            """);
        if (!string.IsNullOrWhiteSpace(command))
        {
            var text = command.Length > 500 ? command[..500] : command;
            var answer = await _engine.AnswerAsync(new AnswerRequest(text, "console") { IsModerator = true }, ct);
            b.Append($"<p class=\"muted\">{E(answer.Kind.ToWire())} · {E(answer.Outcome.ToString())}</p>");
            b.Append("<h2>Discord</h2>");
            b.Append(DiscordHtml(_discord.Render(answer, isPrivate: false)));
            b.Append("<h2>Slack</h2>");
            b.Append(SlackHtml.Render(_slack.Render(answer, ephemeral: false)));
        }
        return Page("Try it", b.ToString(), csrf, "/console/try");
    }

    /// <summary>A Discord message payload as HTML: content, embeds (title, link, description, footer) and buttons.</summary>
    public static string DiscordHtml(JsonObject message)
    {
        var b = new StringBuilder("<div class=\"render discord\">");
        if (message["content"]?.GetValue<string>() is { Length: > 0 } content) b.Append($"<p>{E(Unescape(content))}</p>");
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            b.Append("<div class=\"render\">");
            var title = embed?["title"]?.GetValue<string>();
            var url = embed?["url"]?.GetValue<string>();
            if (title is not null)
                b.Append(url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                    ? $"<strong><a href=\"{E(url)}\" rel=\"noreferrer noopener\">{E(Unescape(title))}</a></strong>" : $"<strong>{E(Unescape(title))}</strong>");
            if (embed?["description"]?.GetValue<string>() is { } d) b.Append($"<blockquote>{E(Unescape(d))}</blockquote>");
            if (embed?["footer"]?["text"]?.GetValue<string>() is { } f) b.Append($"<small class=\"muted\">{E(f)}</small>");
            b.Append("</div>");
        }
        foreach (var row in message["components"]?.AsArray() ?? [])
            foreach (var button in row?["components"]?.AsArray() ?? [])
                b.Append($"<button type=\"button\" disabled>{E(button?["label"]?.GetValue<string>() ?? button?["emoji"]?["name"]?.GetValue<string>())}</button> ");
        b.Append($"<details><summary>JSON</summary><pre>{E(message.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))}</pre></details></div>");
        return b.ToString();
    }

    /// <summary>Discord's markdown backslash escapes, removed for display.</summary>
    private static string Unescape(string text)
    {
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsPunctuation(text[i + 1]) | char.IsSymbol(text[i + 1])) i++;
            b.Append(text[i]);
        }
        return b.ToString();
    }
}
