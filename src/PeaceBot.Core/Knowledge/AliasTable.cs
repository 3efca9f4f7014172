using System.Collections.Frozen;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Entities and their spellings (Zelensky / Zelenskyy / Zelenskiy; Kyiv / Kiev). Used to name speakers canonically
/// and to widen searches to every spelling. Lookups ignore case and straight/curly apostrophes.
/// </summary>
public sealed class AliasTable
{
    public static AliasTable Empty { get; } = new([]);

    private readonly FrozenDictionary<string, string> _canonicalBySpelling;
    private readonly FrozenDictionary<string, string[]> _spellingsByCanonical;

    public AliasTable(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> entries)
    {
        var bySpelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byCanonical = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (canonical, spellings) in entries)
        {
            var all = spellings.Prepend(canonical).Select(s => s.Trim()).Where(s => s.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            byCanonical[Key(canonical)] = all;
            foreach (var s in all) bySpelling.TryAdd(Key(s), canonical.Trim());
        }
        _canonicalBySpelling = bySpelling.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _spellingsByCanonical = byCanonical.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Entities = byCanonical.Values.Select(v => v[0]).ToArray();
    }

    /// <summary>Canonical names, as written in the aliases file.</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>The canonical name for a spelling, or null when the spelling is unknown.</summary>
    public string? CanonicalOf(string spelling) =>
        _canonicalBySpelling.TryGetValue(Key(spelling), out var c) ? c : null;

    /// <summary>The canonical name when known, else the spelling itself.</summary>
    public string Canonicalize(string spelling) => CanonicalOf(spelling) ?? spelling;

    /// <summary>Every spelling of the entity that <paramref name="spelling"/> names (itself included); just itself when unknown.</summary>
    public IReadOnlyList<string> SpellingsOf(string spelling) =>
        CanonicalOf(spelling) is { } canonical && _spellingsByCanonical.TryGetValue(Key(canonical), out var all)
            ? all
            : [spelling];

    private static string Key(string s) => s.Trim().Replace('’', '\'').Replace('‘', '\'');
}
