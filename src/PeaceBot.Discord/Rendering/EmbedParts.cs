using System.Text.Json.Nodes;
using PeaceBot.Core.Answers;

namespace PeaceBot.Discord.Rendering;

/// <summary>One result's embed pieces, each already within its own limit; the description is clipped to a budget last.</summary>
internal sealed class EmbedParts
{
    public required string? Author { get; init; }
    public required string? Title { get; init; }
    public required string? Url { get; init; }
    public required string Description { get; init; }
    public required string? Footer { get; init; }
    public int DescriptionBudget { get; set; } = DiscordLimits.EmbedDescription;

    public int FixedLength => (Author?.Length ?? 0) + (Title?.Length ?? 0) + (Footer?.Length ?? 0);

    public static EmbedParts From(AnswerResult result)
    {
        var byline = string.Join(" · ", new[] { result.Speaker, result.Date?.ToString() }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var plan = result.Point is { } point
            ? $"{result.PlanName ?? result.Plan ?? "Plan"} — point {point}"
            : null;
        var author = string.Join(" · ", new[] { plan, byline }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var footer = string.Join(" · ", new[] { result.Source.Publisher, result.Source.Published }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new EmbedParts
        {
            Author = author.Length == 0 ? null : TextClip.To(author, DiscordLimits.EmbedAuthorName),
            Title = string.IsNullOrWhiteSpace(result.Source.Title) ? null : TextClip.To(result.Source.Title, DiscordLimits.EmbedTitle),
            Url = SafeUrl(result.Source.Url),
            Description = result.Text,
            Footer = footer.Length == 0 ? null : TextClip.To(footer, 200),
        };
    }

    public JsonObject ToJson()
    {
        var embed = new JsonObject { ["type"] = "rich" };
        if (Author is not null) embed["author"] = new JsonObject { ["name"] = Author };
        if (Title is not null) embed["title"] = Title;
        if (Url is not null && Title is not null) embed["url"] = Url;
        embed["description"] = TextClip.To(Description.Length > 0 ? Description : "…", Math.Max(1, DescriptionBudget));
        if (Footer is not null) embed["footer"] = new JsonObject { ["text"] = Footer };
        return embed;
    }

    /// <summary>Discord rejects the whole message for a bad embed url; only absolute http(s) links are kept.</summary>
    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && url!.Length <= 2048
            ? uri.AbsoluteUri
            : null;
}
