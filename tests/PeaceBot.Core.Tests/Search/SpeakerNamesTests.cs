using PeaceBot.Core.Engine;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Tests.Search;

/// <summary>
/// The one speaker-name resolver, strict (/who said: a name or a quote?) and loose (/quotes: whom may it mean?),
/// over a small folder written here: two speakers share a surname, one has alias spellings.
/// </summary>
public sealed class SpeakerNamesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "peacebot-names-" + Guid.NewGuid().ToString("N"));
    private readonly KnowledgeService _knowledge;

    public SpeakerNamesTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "aliases.yaml"), "Maria Kovalenko: [Marija Kovalenko, M. Kovalenko]\n");
        File.WriteAllText(Path.Combine(_folder, "harbour.md"),
            "---\ntitle: Harbour talks\npublisher: Test Gazette\npublished: 2025-03-02\nurl: https://example.org/harbour\n---\n"
            + "“The grain corridor must stay open through the winter,” Maria Kovalenko said on Sunday.\n\n"
            + "“Nobody will sign a text they have not read,” said Oleg Brandt, a delegate.\n\n"
            + "“The harbour cranes are idle for the third week,” said Anna Brandt, a port engineer.\n\n"
            + "“Every ferry needs a second pilot now,” said Jean-Luc Moreau, a captain.\n");
        _knowledge = new KnowledgeService(_folder);
        _knowledge.ReloadAsync().GetAwaiter().GetResult();
    }

    private IReadOnlyList<string> Resolve(string typed, NameStrictness strictness)
    {
        using var lease = _knowledge.Acquire();
        return SpeakerNames.Resolve(lease.Snapshot!, typed, strictness);
    }

    [Theory]
    [InlineData("Maria Kovalenko", "Maria Kovalenko")]
    [InlineData("maria KOVALENKO", "Maria Kovalenko")]
    [InlineData("Marija Kovalenko", "Maria Kovalenko")]
    [InlineData("Kovalenko", "Maria Kovalenko")]
    [InlineData("President Maria Kovalenko", "Maria Kovalenko")]
    [InlineData("the foreign minister Kovalenko", "Maria Kovalenko")]
    [InlineData("Oleg Brandt", "Oleg Brandt")]
    [InlineData("Moreau", "Jean-Luc Moreau")]
    [InlineData("Jean-Luc Moreau", "Jean-Luc Moreau")]
    public void Both_uses_read_a_name_the_same_way(string typed, string speaker)
    {
        Assert.Equal([speaker], Resolve(typed, NameStrictness.Strict));
        Assert.Equal([speaker], Resolve(typed, NameStrictness.Loose));
    }

    [Theory]
    [InlineData("Brandt")]
    [InlineData("Minister Brandt")]
    public void A_surname_two_speakers_share_is_no_name_to_strict_and_both_to_loose(string typed)
    {
        Assert.Empty(Resolve(typed, NameStrictness.Strict));
        Assert.Equal(["Anna Brandt", "Oleg Brandt"], Resolve(typed, NameStrictness.Loose).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_given_name_alone_is_only_a_loose_match()
    {
        Assert.Empty(Resolve("Oleg", NameStrictness.Strict));
        Assert.Equal(["Oleg Brandt"], Resolve("Oleg", NameStrictness.Loose));
    }

    [Theory]
    [InlineData("the grain corridor must stay open")]
    [InlineData("Kovalenko said the corridor must stay open")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("President")]
    [InlineData("Petrov")]
    public void Words_that_are_not_a_known_name_resolve_to_nobody(string typed)
    {
        Assert.Empty(Resolve(typed, NameStrictness.Strict));
        Assert.Empty(Resolve(typed, NameStrictness.Loose));
    }

    [Fact]
    public void Strict_reads_more_than_five_words_as_a_quote_even_when_they_hold_a_name()
    {
        Assert.Empty(Resolve("the deputy foreign minister Maria Kovalenko", NameStrictness.Strict));
        Assert.Equal(["Maria Kovalenko"], Resolve("the deputy foreign minister Maria Kovalenko", NameStrictness.Loose));
    }

    [Fact]
    public void The_old_entry_points_are_the_two_strictnesses()
    {
        using var lease = _knowledge.Acquire();
        Assert.Equal("Maria Kovalenko", KnownSpeakers.Named(lease.Snapshot!, "President Kovalenko"));
        Assert.Null(KnownSpeakers.Named(lease.Snapshot!, "Brandt"));
        Assert.Equal(2, SpeakerSearch.Named(lease.Snapshot!, "Brandt").Count);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
