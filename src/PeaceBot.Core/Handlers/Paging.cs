using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Handlers;

internal static class Paging
{
    public const int MaxPageSize = 25;

    /// <summary>Cuts an answer holding every result down to the requested page.</summary>
    public static Answer Apply(Answer full, int page, int pageSize)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= full.Results.Count && full.Results.Count > 0)
            return full with { Results = [], Page = page, HasMore = false, Message = "There are no more results." };
        var slice = full.Results.Skip((int)skip).Take(pageSize).ToList();
        return full with { Results = slice, Page = page, HasMore = skip + slice.Count < full.Results.Count };
    }
}
