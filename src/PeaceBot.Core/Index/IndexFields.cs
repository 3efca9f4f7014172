namespace PeaceBot.Core.Index;

/// <summary>The Lucene schema: one document per passage, quote, event, plan point, point mention and source file.</summary>
internal static class IndexFields
{
    public const string Type = "type";
    public const string File = "file";
    /// <summary>Analysed words searched by queries (not stored).</summary>
    public const string Text = "text";
    /// <summary>Heading the passage stands under (analysed, searched with a lower weight).</summary>
    public const string Section = "section";
    /// <summary>The verbatim snippet shown to readers (stored).</summary>
    public const string Snippet = "snippet";
    public const string Speaker = "speaker";
    /// <summary>Direct, Indirect (reported) or Transcript: who-said labels reported speech as reported.</summary>
    public const string QuoteKind = "qkind";
    public const string Date = "date";
    public const string DateSort = "datesort";
    /// <summary>The file path again as doc values, so ties sort by path without reading stored fields.</summary>
    public const string FileSort = "filesort";
    /// <summary>Where the document's text starts in its file (doc values): the last tie-break after date and path.</summary>
    public const string Offset = "offset";
    /// <summary>A 64-bit hash of the event's <see cref="Search.SnippetKey"/> (doc values): the same snippet in two files
    /// counts once without reading either's stored text.</summary>
    public const string EventKey = "ekey";
    /// <summary>"2025-08" for events known to month or day.</summary>
    public const string Month = "month";
    /// <summary>"08": the month in any year.</summary>
    public const string MonthOfYear = "moy";
    public const string Year = "year";
    public const string Plan = "plan";
    public const string Point = "point";
    /// <summary>"27": the point's number in whatever plan, to fetch point N of every plan at once.</summary>
    public const string PointNumber = "pointnum";
    public const string MentionPoint = "mpoint";
    public const string MentionPlanSize = "mplansize";

    // Source documents (one per file) carry the file's metadata.
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Published = "published";
    public const string Url = "url";
    public const string Author = "author";
    public const string PlanName = "planname";
    public const string PlanAlias = "planalias";
    public const string PlanDefault = "plandefault";
    public const string PlanPoints = "planpoints";
    public const string Hash = "hash";
    /// <summary>Size and last write time (ticks, UTC) of the file when indexed: a restart skips files that match.</summary>
    public const string FileSize = "fsize";
    public const string FileTime = "ftime";
    /// <summary>A problem found while extracting the file, "line\tmessage", kept so a restart still reports it.</summary>
    public const string Problem = "problem";
}
