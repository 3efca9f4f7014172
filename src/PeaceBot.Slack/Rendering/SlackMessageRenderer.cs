using System.Text;
using System.Text.Json.Nodes;
using PeaceBot.Adapters.Paging;
using PeaceBot.Core.Answers;

namespace PeaceBot.Slack.Rendering;

/// <summary>
/// Turns a core <see cref="Answer"/> into a Slack message: Block Kit blocks plus a plain fallback <c>text</c>.
/// Every piece of answer text is escaped and every mrkdwn object is <c>verbatim</c>, so no answer can ping anyone.
/// </summary>
internal static class SlackMessageRenderer
{
    // Message section + footer + actions are reserved; each result takes a quote section and a context block.
    private const int ReservedBlocks = 3;

    /// <param name="ephemeral">When true the message offers "Post to channel".</param>
    /// <param name="pages">Makes the "More" button's value (the toolkit's page token, read back by the interactions handler).</param>
    /// <param name="voteToken">The answer's feedback token: 👍/👎 buttons carry it. Null: no vote buttons.</param>
    public static JsonObject Render(Answer answer, bool ephemeral, PageTokens pages, string? voteToken = null)
    {
        var blocks = new JsonArray();
        if (!string.IsNullOrWhiteSpace(answer.Message))
            blocks.Add(Section(SlackText.Escape(answer.Message)));

        var maxResults = (SlackLimits.Blocks - ReservedBlocks) / 2;
        var shown = answer.Results.Take(maxResults).ToList();
        foreach (var result in shown)
        {
            blocks.Add(Section(SlackText.Quote(result.Text)));
            blocks.Add(Context(CitationParts(result)));
        }

        var footer = new List<string>();
        if (answer.Results.Count > shown.Count)
            footer.Add(SlackText.Invariant($"{answer.Results.Count - shown.Count} more not shown"));
        if (PageLabel.Of(answer) is { } page) footer.Add(SlackText.Escape(char.ToUpperInvariant(page[0]) + page[1..]));
        if (footer.Count > 0) blocks.Add(Context(footer));

        var buttons = new JsonArray();
        var canPage = answer.CommandText.Length > 0;
        if (answer.HasMore && canPage)
        {
            var more = pages.Create(answer.CommandText, answer.Page + 1, isPrivate: ephemeral);
            if (more.Length <= SlackLimits.ButtonValue) buttons.Add(Button("More", SlackActionIds.More, more));
        }
        if (ephemeral && canPage && answer.Results.Count > 0)
        {
            var post = new ButtonValue(answer.CommandText, answer.Page, true).Serialize();
            if (post.Length <= SlackLimits.ButtonValue) buttons.Add(Button("Post to channel", SlackActionIds.PostToChannel, post));
        }
        if (voteToken is not null && answer.Outcome is AnswerOutcome.Answered or AnswerOutcome.NoResults)
        {
            buttons.Add(Button("👍 Helpful", SlackActionIds.VoteUp, voteToken));
            buttons.Add(Button("👎 Not helpful", SlackActionIds.VoteDown, voteToken));
        }
        if (buttons.Count > 0) blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = buttons });

        return new JsonObject
        {
            ["text"] = Fallback(answer, shown),
            ["blocks"] = blocks,
        };
    }

    /// <summary>A message with only text, for refusals and errors of the adapter itself.</summary>
    public static JsonObject Plain(string text) => new()
    {
        ["text"] = SlackText.Escape(text),
        ["blocks"] = new JsonArray(Section(SlackText.Escape(text))),
    };

    /// <summary>
    /// The message's blocks after a vote: the 👍/👎 buttons give way to the thanks (a context line), every other block
    /// and button — "More" above all — stays as it was, so paging keeps working.
    /// </summary>
    public static JsonArray Voted(JsonArray blocks, string thanks)
    {
        var result = new JsonArray();
        foreach (var block in blocks)
        {
            if (block is not JsonObject b) continue;
            if (b["block_id"]?.GetValue<string>() == SlackActionIds.VotedBlock) continue;
            if (b["type"]?.GetValue<string>() != "actions" || b["elements"] is not JsonArray elements)
            {
                result.Add(b.DeepClone());
                continue;
            }
            var kept = new JsonArray();
            var hadVote = false;
            foreach (var e in elements)
            {
                if (e?["action_id"]?.GetValue<string>() is SlackActionIds.VoteUp or SlackActionIds.VoteDown) hadVote = true;
                else if (e is not null) kept.Add(e.DeepClone());
            }
            if (kept.Count > 0)
            {
                var copy = (JsonObject)b.DeepClone();
                copy["elements"] = kept;
                result.Add(copy);
            }
            if (hadVote)
            {
                var note = Context([SlackText.Escape(thanks)]);
                note["block_id"] = SlackActionIds.VotedBlock;
                result.Add(note);
            }
        }
        return result;
    }

    private static List<string> CitationParts(AnswerResult r)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(r.Speaker)) parts.Add("*" + SlackText.Escape(r.Speaker) + "*");
        if (r.Date is { } date) parts.Add(date.ToString());
        var title = string.IsNullOrWhiteSpace(r.Source.Title) ? r.Source.File : r.Source.Title;
        parts.Add(SlackText.Link(r.Source.Url, title));
        if (!string.IsNullOrWhiteSpace(r.Source.Publisher)) parts.Add(SlackText.Escape(r.Source.Publisher));
        if (!string.IsNullOrWhiteSpace(r.Source.Published) && r.Date is null) parts.Add(SlackText.Escape(r.Source.Published));
        if (r.Point is { } point)
            parts.Add(SlackText.Escape(SlackText.Invariant($"{r.PlanName ?? r.Plan ?? "plan"}, point {point}")));
        return parts;
    }

    private static string Fallback(Answer answer, List<AnswerResult> shown)
    {
        var sb = new StringBuilder(SlackText.Escape(answer.Message));
        foreach (var r in shown)
        {
            if (sb.Length > 0) sb.Append('\n');
            var snippet = r.Text.ReplaceLineEndings(" ").Trim();
            // A snippet that already opens with a quotation mark is not wrapped in a second pair.
            var quoted = snippet.Length > 0 && "“\"«‘„‚'".Contains(snippet[0]);
            sb.Append(quoted ? "" : "“").Append(SlackText.Escape(snippet)).Append(quoted ? "" : "”");
            if (!string.IsNullOrWhiteSpace(r.Speaker)) sb.Append(" — ").Append(SlackText.Escape(r.Speaker));
            sb.Append(" (").Append(SlackText.Escape(string.IsNullOrWhiteSpace(r.Source.Title) ? r.Source.File : r.Source.Title)).Append(')');
        }
        var text = sb.Length == 0 ? "No answer." : sb.ToString();
        return SlackText.Truncate(text, SlackLimits.FallbackText);
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(SlackText.Truncate(mrkdwn, SlackLimits.SectionText)),
    };

    private static JsonObject Context(IEnumerable<string> parts)
    {
        var elements = new JsonArray();
        foreach (var p in parts.Take(SlackLimits.ContextElements))
            elements.Add(Mrkdwn(SlackText.Truncate(p, SlackLimits.ContextElementText)));
        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true };

    private static JsonObject Button(string label, string actionId, string value) => new()
    {
        ["type"] = "button",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label, ["emoji"] = false },
        ["action_id"] = actionId,
        ["value"] = value,
    };
}
