namespace PeaceBot.Core.Text;

/// <summary>
/// "Did you mean": the known name nearest to a misspelt word, by optimal-string-alignment distance
/// (Damerau-Levenshtein with adjacent transpositions), case-insensitive. Short words allow one edit, longer
/// ones two, long names three; an exact match or nothing close enough gives null. Ties go to the earlier name.
/// </summary>
public static class NearestName
{
    public static string? Find(string? typed, IEnumerable<string> names)
    {
        var word = (typed ?? "").Trim().ToLowerInvariant();
        if (word.Length < 3) return null;
        var limit = MaxEdits(word.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var d = Distance(word, name.ToLowerInvariant(), limit);
            if (d == 0) return null;
            if (d <= limit && d < bestDistance) { best = name; bestDistance = d; }
        }
        return best;
    }

    public static int MaxEdits(int length) => length <= 4 ? 1 : length <= 8 ? 2 : 3;

    /// <summary>Optimal-string-alignment distance; anything over <paramref name="limit"/> is reported as limit + 1.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue - 1)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var cur = rows[i % 3];
            var prev = rows[(i - 1) % 3];
            var prev2 = rows[(i + 1) % 3];
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
        }
        return Math.Min(rows[a.Length % 3][b.Length], limit + 1);
    }
}
