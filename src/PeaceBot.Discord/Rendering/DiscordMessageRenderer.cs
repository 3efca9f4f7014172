using PeaceBot.Adapters.Paging;
using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;

namespace PeaceBot.Discord.Rendering;

/// <summary>
/// An answer as a Discord message: the message as content, one embed per result (the snippet as description,
/// who and when as title, the source linked, the publisher in the footer), a "More" button when there is a next
/// page, and allowed_mentions that ping nobody. Every Discord limit is kept by cutting text, never by failing.
/// </summary>
public sealed class DiscordMessageRenderer
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxEmbedTotal = 6000;
    public const int MaxDescription = 4096;
    public const int MaxTitle = 256;
    public const int MaxFooter = 2048;
    public const string FeedbackPrefix = "fb:";
    private readonly PageTokens _pages;
    private readonly IAnswerFeedback? _feedback;

    /// <param name="feedback">When the host keeps feedback, answers get 👍/👎 buttons.</param>
    public DiscordMessageRenderer(PageTokens pages, IAnswerFeedback? feedback = null) => (_pages, _feedback) = (pages, feedback);

    public JsonObject Render(Answer answer, bool isPrivate)
    {
        var data = new JsonObject
        {
            ["content"] = Content(answer),
            ["embeds"] = Embeds(answer),
            ["components"] = Components(answer, isPrivate),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (isPrivate) data["flags"] = 64;
        return data;
    }

    // The message, then which page this is ("Page 2 of 4") under it as Discord's small subtext.
    private static string Content(Answer answer)
    {
        var page = PageLabel.Of(answer) is { } label ? "\n-# " + char.ToUpperInvariant(label[0]) + label[1..] : "";
        return DiscordMarkdown.Cut(DiscordMarkdown.Escape(answer.Message), MaxContent - page.Length) + page;
    }

    /// <summary>A plain text message (errors, refusals), still inert.</summary>
    public static JsonObject Text(string message, bool isPrivate = true)
    {
        var data = new JsonObject
        {
            ["content"] = DiscordMarkdown.Cut(DiscordMarkdown.Escape(message), MaxContent),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
        if (isPrivate) data["flags"] = 64;
        return data;
    }

    private static JsonArray Embeds(Answer answer)
    {
        var results = answer.Results.Take(MaxEmbeds).ToList();
        var embeds = new JsonArray();
        if (results.Count == 0) return embeds;
        // Share the 6000-character budget: titles and footers first, descriptions get what is left.
        var fixedCost = results.Sum(r => Title(r).Length + Footer(r).Length);
        var perDescription = Math.Clamp((MaxEmbedTotal - fixedCost - 50) / results.Count, 100, MaxDescription);
        foreach (var r in results)
        {
            var embed = new JsonObject
            {
                ["title"] = Title(r),
                ["description"] = DiscordMarkdown.Cut(DiscordMarkdown.Escape(r.Text), perDescription),
                ["footer"] = new JsonObject { ["text"] = Footer(r) },
            };
            if (Uri.TryCreate(r.Source.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.AbsoluteUri.Length <= 2000)
                embed["url"] = url.AbsoluteUri;
            embeds.Add(embed);
        }
        // Titles and footers alone can outgrow the budget with many long results: fewer embeds then.
        while (embeds.Count > 1 && embeds.Sum(e => Size(e!.AsObject())) > MaxEmbedTotal) embeds.RemoveAt(embeds.Count - 1);
        return embeds;
    }

    private static int Size(JsonObject embed) =>
        ((string?)embed["title"])?.Length + ((string?)embed["description"])?.Length + ((string?)embed["footer"]?["text"])?.Length ?? 0;

    private static string Title(AnswerResult r)
    {
        var who = r.Speaker is { } s ? $"{s} said" : r.Point is { } p ? $"{r.PlanName ?? r.Plan} · point {p}" : r.Source.Title;
        var when = r.Date?.ToString();
        var title = when is null || r.Point is not null ? who : $"{who} · {when}";
        return DiscordMarkdown.Cut(DiscordMarkdown.Escape(title), MaxTitle);
    }

    private static string Footer(AnswerResult r)
    {
        var parts = new[] { r.Source.Title, r.Source.Publisher, r.Source.Published }.Where(p => !string.IsNullOrWhiteSpace(p));
        return DiscordMarkdown.Cut(string.Join(" · ", parts), 300);
    }

    private JsonArray Components(Answer answer, bool isPrivate)
    {
        var rows = new JsonArray();
        var buttons = new JsonArray();
        if (answer.HasMore && answer.CommandText.Length > 0)
            buttons.Add(new JsonObject
            {
                ["type"] = 2,
                ["style"] = 2,
                ["label"] = "More",
                ["custom_id"] = _pages.Create(answer.CommandText, answer.Page + 1, isPrivate),
            });
        if (isPrivate && answer.Results.Count > 0 && MayBePosted(answer.CommandText))
            buttons.Add(new JsonObject
            {
                ["type"] = 2,
                ["style"] = 1,
                ["label"] = "Post publicly",
                ["custom_id"] = _pages.CreatePost(answer.CommandText, answer.Page),
            });
        if (answer.Outcome is AnswerOutcome.Answered or AnswerOutcome.NoResults && _feedback?.TokenOf(answer) is { } token)
        {
            buttons.Add(Vote("up", "👍", "Helpful", token));
            buttons.Add(Vote("down", "👎", "Not helpful", token));
        }
        if (buttons.Count > 0) rows.Add(new JsonObject { ["type"] = 1, ["components"] = buttons });
        return rows;
    }

    // A private-only command (/status, /reload) is never offered to the channel.
    private static bool MayBePosted(string commandText) =>
        commandText.Length > 0 && CommandParser.Parse(commandText).Command is { } command
        && CommandCatalog.For(command).Visibility != CommandVisibility.AlwaysPrivate;

    private static JsonObject Vote(string way, string emoji, string label, string token) => new()
    {
        ["type"] = 2,
        ["style"] = 2,
        ["label"] = label,
        ["emoji"] = new JsonObject { ["name"] = emoji },
        ["custom_id"] = $"{FeedbackPrefix}{way}:{token}",
    };

    /// <summary>
    /// The components after a vote (Discord edits the message in place): the 👍/👎 buttons become one disabled button
    /// saying thanks; every other button of <paramref name="current"/> (the clicked message's rows) stays, so "More"
    /// keeps working.
    /// </summary>
    public static JsonObject Acknowledged(string thanks, JsonArray? current = null)
    {
        var done = new JsonObject
        {
            ["type"] = 2, ["style"] = 2, ["label"] = DiscordMarkdown.Cut(thanks, 80), ["custom_id"] = FeedbackPrefix + "done", ["disabled"] = true,
        };
        var rows = new JsonArray();
        var placed = false;
        foreach (var row in current ?? [])
        {
            if (row is not JsonObject r || r["components"] is not JsonArray buttons) continue;
            var kept = new JsonArray();
            foreach (var b in buttons)
            {
                var isVote = b?["custom_id"] is JsonValue id && id.TryGetValue<string>(out var s) && s.StartsWith(FeedbackPrefix, StringComparison.Ordinal);
                if (!isVote) kept.Add(b?.DeepClone());
                else if (!placed)
                {
                    kept.Add(done.DeepClone());
                    placed = true;
                }
            }
            if (kept.Count > 0) rows.Add(new JsonObject { ["type"] = 1, ["components"] = kept });
        }
        if (!placed) rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(done) });
        return new JsonObject { ["components"] = rows };
    }
}
