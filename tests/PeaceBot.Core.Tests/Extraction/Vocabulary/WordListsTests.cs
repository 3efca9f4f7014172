using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Tests.Extraction.Vocabulary;

public sealed class WordListsTests
{
    // Lists whose lookups are case-sensitive: "Read more" and "READ MORE" are two lines there, not a duplicate.
    private static readonly HashSet<string> CaseSensitive = ["page-chrome", "leading-prepositions"];

    // Lists that split one word class: a word in both would be read two ways.
    private static readonly (string A, string B)[] Disjoint =
    [
        ("speech-verbs", "speech-participles"),
        ("personal-pronouns", "other-pronouns"),
    ];

    // Lists that narrow another: every word of the first must also be in the second.
    private static readonly (string Subset, string[] Of)[] Subsets =
    [
        ("reporting-verbs", ["speech-verbs", "speech-participles"]),
        ("listener-verbs", ["speech-verbs", "speech-participles"]),
    ];

    public static TheoryData<string> Names() => [.. WordLists.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void No_list_repeats_a_line(string name)
    {
        var comparer = CaseSensitive.Contains(name) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var repeated = WordLists.Lines(name).GroupBy(l => l, comparer).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{name}.txt repeats: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void Lists_that_split_a_word_class_share_no_word()
    {
        foreach (var (a, b) in Disjoint)
        {
            var both = WordLists.Set(a).Intersect(WordLists.Lines(b), StringComparer.OrdinalIgnoreCase).ToList();
            Assert.True(both.Count == 0, $"{a}.txt and {b}.txt both hold: {string.Join(", ", both)}");
        }
    }

    [Fact]
    public void Lists_that_narrow_another_hold_only_its_words()
    {
        foreach (var (subset, of) in Subsets)
        {
            var all = of.SelectMany(WordLists.Lines).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var stray = WordLists.Lines(subset).Where(w => !all.Contains(w)).ToList();
            Assert.True(stray.Count == 0, $"{subset}.txt holds words not in {string.Join(" or ", of)}: {string.Join(", ", stray)}");
        }
    }

    [Fact]
    public void No_synonym_belongs_to_two_groups()
    {
        var twice = WordLists.Groups("synonyms").SelectMany(g => g).GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
        Assert.All(WordLists.Groups("synonyms"), g => Assert.True(g.Length >= 2, $"a synonym group of one: {string.Join(",", g)}"));
    }

    [Fact]
    public void Month_names_are_the_twelve_in_calendar_order()
    {
        Assert.Equal(
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            WordLists.Lines("month-names"));
    }

    [Fact]
    public void Comments_blank_lines_and_surrounding_space_are_not_words()
    {
        var lines = WordLists.Parse("# a heading\r\n\r\n  said  \r\nwarned # a trailing note\n   # indented comment\nAudience member\n");
        Assert.Equal(["said", "warned", "Audience member"], lines);
    }

    [Fact]
    public void An_unknown_list_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => WordLists.Lines("no-such-list"));
        Assert.Contains("no-such-list", e.Message);
    }

    [Fact]
    public void The_hash_is_a_stable_sha256()
    {
        Assert.Matches("^[0-9a-f]{64}$", WordLists.Hash);
        Assert.Equal(WordLists.Hash, WordLists.Hash);
    }

    [Fact]
    public void The_classes_read_the_lists_they_replaced()
    {
        Assert.True(SpeechVerbs.IsSpeech("said"));
        Assert.True(SpeechVerbs.IsSpeech("adding"));
        Assert.True(SpeechVerbs.IsParticiple("adding"));
        Assert.False(SpeechVerbs.IsParticiple("said"));
        Assert.True(SpeechVerbs.IsReporting("warned"));
        Assert.True(SpeechVerbs.TakesListener("told"));
        Assert.False(SpeechVerbs.IsSpeech("Notes"));
        Assert.True(SpeakerWords.IsTitle("Secretary"));
        Assert.True(SpeakerWords.IsInstitution("Kremlin"));
        Assert.True(SpeakerWords.IsInstitution("pro-Kremlin"));
        Assert.False(SpeakerWords.IsInstitution("Lind"));
        foreach (var name in WordLists.Names) Assert.NotEmpty(WordLists.Lines(name));
    }
}
