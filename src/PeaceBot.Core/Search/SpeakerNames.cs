using System.Runtime.CompilerServices;
using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// The one resolver from typed words to the speakers a snapshot quotes, strict for /who said (is this a name or a
/// quote?) and loose for /quotes (which speakers may this name mean?). Both read the words the same way: compared
/// as <see cref="SnippetKey"/>s (case, apostrophes and punctuation aside), tried as typed and then without leading
/// titles ("President", "the foreign minister"), with the aliases file's spellings of each speaker.
/// </summary>
internal static class SpeakerNames
{
    private static readonly HashSet<string> Titles = WordLists.Set("name-titles", StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, NameIndex> Cache = new();

    /// <summary>What a snapshot's speakers are known by, built once per snapshot.</summary>
    private sealed record NameIndex(
        IReadOnlyList<(string Name, string[] Words)> Speakers,
        Dictionary<string, string?> Names,
        Dictionary<string, List<string>> ByPerson);

    /// <summary>The speakers (as indexed) that <paramref name="typed"/> names, in index order; empty when none.</summary>
    public static IReadOnlyList<string> Resolve(KnowledgeSnapshot snapshot, string typed, NameStrictness strictness)
    {
        var key = SnippetKey.Of(typed);
        if (key.Length == 0) return [];
        if (strictness == NameStrictness.Strict && key.Split(' ').Length > KnownSpeakers.MaxNameWords) return [];
        var directory = Cache.GetValue(snapshot, Build);

        foreach (var spelling in Candidates(typed))
        {
            var words = SnippetKey.Of(spelling);
            if (strictness == NameStrictness.Strict)
            {
                // A full name, an alias spelling, or a surname that belongs to one speaker only.
                if (directory.Names.TryGetValue(words, out var one)) return one is null ? [] : [one];
                continue;
            }
            // Every speaker the aliases file makes the same person (Zelenskyy → Volodymyr Zelensky) …
            if (directory.ByPerson.TryGetValue(PersonKey(snapshot, spelling), out var same)) return same;
            // … or failing that, each one whose name holds the words whole (Kovalenko → Maria Kovalenko).
            var wanted = words.Split(' ');
            var holding = directory.Speakers.Where(s => ContainsWords(s.Words, wanted)).Select(s => s.Name).ToList();
            if (holding.Count > 0) return holding;
        }
        return [];
    }

    /// <summary>
    /// The speaker (by the aliases file's name) whose full name, alias spelling or surname is nearest to a misspelt
    /// <paramref name="typed"/> within <see cref="Text.NearestName"/>'s edit limit; a title before the name is ignored
    /// ("President Lindd"). Null when none is near.
    /// </summary>
    public static string? Nearest(KnowledgeSnapshot snapshot, string typed)
    {
        var key = SnippetKey.Of(typed);
        if (key.Length == 0 || key.Split(' ').Length > KnownSpeakers.MaxNameWords) return null;
        var directory = Cache.GetValue(snapshot, Build);
        var spellings = directory.Names.Where(n => n.Value is not null).Select(n => n.Key).ToList();
        var bare = SnippetKey.Of(Candidates(typed).Last());
        var near = Text.NearestName.Find(bare.Length > 0 ? bare : key, spellings);
        return near is null ? null : snapshot.Aliases.Canonicalize(directory.Names[near]!);
    }

    /// <summary>The words as typed, then without the titles before them ("President", "the foreign minister"), if any remain.</summary>
    private static IEnumerable<string> Candidates(string typed)
    {
        var words = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        yield return string.Join(' ', words);
        var bare = words.SkipWhile(IsTitle).ToArray();
        if (bare.Length > 0 && bare.Length < words.Length) yield return string.Join(' ', bare);
    }

    private static bool IsTitle(string word)
    {
        var key = SnippetKey.Of(word);
        return key.Length == 0 || key.Split(' ').All(Titles.Contains);
    }

    /// <summary>The aliases file's name for the person a spelling names, as a key (the spelling's own if it has none).</summary>
    private static string PersonKey(KnowledgeSnapshot snapshot, string spelling) => SnippetKey.Of(snapshot.Aliases.Canonicalize(spelling));

    private static NameIndex Build(KnowledgeSnapshot snapshot)
    {
        var known = SpeakerSearch.Known(snapshot);
        var speakers = known.Select(s => (Name: s, Words: SnippetKey.Of(s).Split(' '))).ToList();

        // A null value marks a surname two speakers share: it names neither.
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var s in known) names[SnippetKey.Of(s)] = s;
        foreach (var s in known)
        {
            foreach (var spelling in snapshot.Aliases.SpellingsOf(s)) names.TryAdd(SnippetKey.Of(spelling), s);
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => char.IsUpper(w[0]))) continue;
            var surname = SnippetKey.Of(words[^1]);
            if (!names.TryAdd(surname, s) && names[surname] is { } other && other != s && SnippetKey.Of(other) != surname)
                names[surname] = null;
        }

        var byPerson = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in known)
        {
            var person = PersonKey(snapshot, s);
            if (!byPerson.TryGetValue(person, out var list)) byPerson[person] = list = [];
            list.Add(s);
        }
        return new NameIndex(speakers, names, byPerson);
    }

    private static bool ContainsWords(string[] name, string[] words)
    {
        for (var i = 0; i + words.Length <= name.Length; i++)
        {
            var all = true;
            for (var j = 0; j < words.Length && all; j++) all = name[i + j] == words[j];
            if (all) return true;
        }
        return false;
    }
}
