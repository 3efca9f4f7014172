using System.Runtime.CompilerServices;
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

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "of", "state", "mr", "mrs", "ms",
        "dr", "general", "gen", "colonel", "col", "senator", "sen", "envoy", "special", "chancellor", "ambassador",
        "spokesman", "spokeswoman", "spokesperson", "premier", "vice", "deputy", "commander", "admiral", "the",
    };

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

    /// <summary>
    /// "Did you mean": the speaker whose name (full, an alias spelling or their own surname) is nearest to a misspelt
    /// <paramref name="words"/> within <see cref="Text.NearestName"/>'s edit limit; null when the words already name
    /// a speaker, or none is near. A title before the name is ignored ("President Lindd").
    /// </summary>
    public static string? Nearest(KnowledgeSnapshot snapshot, string words)
    {
        var key = SnippetKey.Of(words);
        if (key.Length == 0 || key.Split(' ').Length > MaxNameWords || Named(snapshot, words) is not null) return null;
        var bare = string.Join(' ', key.Split(' ').SkipWhile(Titles.Contains));
        var names = Cache.GetValue(snapshot, Build);
        var spellings = names.Where(n => n.Value is not null).Select(n => n.Key).ToList();
        var near = Text.NearestName.Find(bare.Length > 0 ? bare : key, spellings);
        return near is null ? null : names[near];
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
