using System.Runtime.CompilerServices;
using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// The speakers a snapshot quotes, found by what people type for them: the full name, a spelling from the aliases
/// file, or a surname that belongs to one speaker only, with or without a title ("President Lind"). Built once per
/// snapshot from the speakers <see cref="SpeakerSearch"/> knows.
/// </summary>
internal static class KnownSpeakers
{
    /// <summary>Longer input is read as a quote, never as a name.</summary>
    public const int MaxNameWords = 5;

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Dictionary<string, string?>> Cache = new();

    private static readonly HashSet<string> Titles = WordLists.Set("name-titles", StringComparer.Ordinal);

    /// <summary>The speaker's name as indexed when <paramref name="words"/> only names a known speaker, else null.</summary>
    public static string? Named(KnowledgeSnapshot snapshot, string words)
    {
        var key = SnippetKey.Of(words);
        if (key.Length == 0 || key.Split(' ').Length > MaxNameWords) return null;
        var names = Cache.GetValue(snapshot, Build);
        if (names.TryGetValue(key, out var found)) return found;
        var bare = string.Join(' ', key.Split(' ').SkipWhile(Titles.Contains));
        return bare.Length > 0 && bare != key && names.TryGetValue(bare, out found) ? found : null;
    }

    private static Dictionary<string, string?> Build(KnowledgeSnapshot snapshot)
    {
        var speakers = SpeakerSearch.Known(snapshot);

        // A null value marks a surname two speakers share: it names neither.
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var s in speakers) names[SnippetKey.Of(s)] = s;
        foreach (var s in speakers)
        {
            foreach (var spelling in snapshot.Aliases.SpellingsOf(s)) names.TryAdd(SnippetKey.Of(spelling), s);
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => char.IsUpper(w[0]))) continue;
            var surname = SnippetKey.Of(words[^1]);
            if (!names.TryAdd(surname, s) && names[surname] is { } other && other != s && SnippetKey.Of(other) != surname)
                names[surname] = null;
        }
        return names;
    }
}
