namespace PeaceBot.Core.Text;

/// <summary>
/// FNV-1a over a string's UTF-16 code units: the same text gives the same 64-bit value in every process and build,
/// unlike <see cref="string.GetHashCode()"/>, so it can be written into an index and compared on a later run.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static long Of(string text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash ^= (byte)c;
            hash *= Prime;
            hash ^= (byte)(c >> 8);
            hash *= Prime;
        }
        return unchecked((long)hash);
    }
}
