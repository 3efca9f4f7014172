using PeaceBot.Core.Answers;

namespace PeaceBot.Adapters.Paging;

/// <summary>Names the page an answer shows: "page 2 of 4", or "page 2 of 3 or more" when not every page was counted.</summary>
public static class PageLabel
{
    /// <summary>Null for an answer that fits on one page.</summary>
    public static string? Of(Answer answer)
    {
        if (answer.Page <= 1 && !answer.HasMore) return null;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return answer.PageCount is { } pages && pages >= answer.Page
            ? string.Create(invariant, $"page {answer.Page} of {pages}")
            : string.Create(invariant, $"page {answer.Page} of {answer.Page + (answer.HasMore ? 1 : 0)} or more");
    }
}
