using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;

namespace PeaceBot.Discord.Rendering;

/// <summary>
/// Renders a core <see cref="Answer"/> as Discord message data: the message as content, one embed per result
/// (passage as description, speaker and date as author, linked source title, publisher in the footer),
/// a "More" button when there is a next page, and mentions that ping nobody.
/// </summary>
public static class AnswerRenderer
{
    /// <summary>Results per message; also the page size asked of the core, so five embeds always fit the 6000 total.</summary>
    public const int MaxResults = 5;

    public static JsonObject Render(Answer answer, bool ephemeral, string? moreCustomId)
    {
        var content = answer.Message.Length > 0 ? answer.Message : answer.Results.Count > 0 ? "" : "No answer.";
        var data = new JsonObject
        {
            ["content"] = TextClip.To(content, DiscordLimits.Content),
            ["embeds"] = RenderEmbeds(answer.Results),
            ["allowed_mentions"] = NoMentions(),
            ["components"] = moreCustomId is null ? new JsonArray() : MoreButtonRow(moreCustomId),
        };
        if (ephemeral) data["flags"] = DiscordLimits.EphemeralFlag;
        return data;
    }

    /// <summary>A plain message (errors, refusals, expiry notices), never pinging anyone.</summary>
    public static JsonObject Notice(string message, bool ephemeral)
    {
        var data = new JsonObject
        {
            ["content"] = TextClip.To(message, DiscordLimits.Content),
            ["allowed_mentions"] = NoMentions(),
        };
        if (ephemeral) data["flags"] = DiscordLimits.EphemeralFlag;
        return data;
    }

    public static JsonObject NoMentions() => new() { ["parse"] = new JsonArray() };

    private static JsonArray RenderEmbeds(IReadOnlyList<AnswerResult> results)
    {
        var embeds = new JsonArray();
        var shown = results.Take(MaxResults).ToList();
        if (shown.Count == 0) return embeds;

        var parts = shown.Select(EmbedParts.From).ToList();
        var fixedCost = parts.Sum(p => p.FixedLength);
        // Whatever is left of the 6000-character total is shared out among the descriptions.
        var remaining = Math.Max(0, DiscordLimits.EmbedTotal - fixedCost);
        var share = remaining / parts.Count;
        var spare = 0;
        foreach (var p in parts.OrderBy(p => p.Description.Length))
        {
            var budget = Math.Min(DiscordLimits.EmbedDescription, share + spare);
            p.DescriptionBudget = budget;
            spare = share + spare - Math.Min(budget, p.Description.Length);
        }
        foreach (var p in parts) embeds.Add(p.ToJson());
        return embeds;
    }

    private static JsonArray MoreButtonRow(string customId) =>
    [
        new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray
            {
                new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "More", ["custom_id"] = customId },
            },
        },
    ];
}
