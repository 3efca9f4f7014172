namespace PeaceBot.Core.Search;

/// <summary>
/// The order a document takes among equals: by date, then file path (ordinal), then where its text starts in the file,
/// then its place in the index (a file's documents are added together in text order, so that last step only separates
/// documents of one file at one offset). The same folder gives the same order however its files were indexed.
/// </summary>
internal readonly record struct DocKey(long Date, string File, long Offset, int Doc) : IComparable<DocKey>
{
    public int CompareTo(DocKey other)
    {
        var c = Date.CompareTo(other.Date);
        if (c != 0) return c;
        c = string.CompareOrdinal(File, other.File);
        if (c != 0) return c;
        c = Offset.CompareTo(other.Offset);
        return c != 0 ? c : Doc.CompareTo(other.Doc);
    }
}
