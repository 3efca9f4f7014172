using Lucene.Net.Analysis.TokenAttributes;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Tests.Index;

public sealed class SearchAnalyzerTests : IDisposable
{
    private readonly SearchAnalyzer _analyzer = new(AliasTable.Empty);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("peacebot-analyzer-");
    private KnowledgeService? _service;

    [Theory]
    [InlineData("recognised", "recognized")]
    [InlineData("recognising", "recognizing")]
    [InlineData("organisation", "organization")]
    [InlineData("organisations", "organizations")]
    [InlineData("analysed", "analyzed")]
    [InlineData("colour", "color")]
    [InlineData("favourite", "favorite")]
    [InlineData("labour", "labor")]
    [InlineData("neighbours", "neighbors")]
    [InlineData("defence", "defense")]
    [InlineData("offences", "offenses")]
    [InlineData("centre", "center")]
    [InlineData("dialogue", "dialog")]
    [InlineData("cancelled", "canceled")]
    [InlineData("travelling", "traveling")]
    public void British_and_American_spellings_are_one_term(string british, string american) =>
        Assert.Equal(QueryText.Terms(_analyzer, american), QueryText.Terms(_analyzer, british));

    [Theory]
    [InlineData("rise", "rice")]
    [InlineData("hour", "hor")]
    [InlineData("four", "for")]
    [InlineData("filled", "filed")]
    [InlineData("rogue", "rog")]
    public void Short_stems_are_left_alone(string word, string notTheSameAs) =>
        Assert.NotEqual(QueryText.Terms(_analyzer, notTheSameAs), QueryText.Terms(_analyzer, word));

    [Fact]
    public void A_hyphenated_word_is_also_one_joined_word_at_the_last_parts_position()
    {
        var tokens = Tokens("a Band-Aid solution");

        Assert.Equal([("band", 2, 2, 6), ("aid", 1, 7, 10), ("bandaid", 0, 2, 10), ("solut", 1, 11, 19)], tokens);
        Assert.Equal(["bandaid"], QueryText.Terms(_analyzer, "bandaid"));
    }

    [Fact]
    public void Words_apart_or_numbers_are_not_joined()
    {
        Assert.DoesNotContain("bandaid", QueryText.Terms(_analyzer, "band aid"));
        Assert.DoesNotContain(QueryText.Terms(_analyzer, "on 2025-11-20 the Russia - Ukraine talks"), t => t.Length > 8);
        Assert.Contains(Assert.Single(QueryText.Terms(_analyzer, "russiaukraine")), QueryText.Terms(_analyzer, "Russia-Ukraine talks"));
    }

    [Fact]
    public void An_empty_text_has_no_terms()
    {
        Assert.Empty(QueryText.Terms(_analyzer, ""));
        Assert.Empty(QueryText.Terms(_analyzer, "\u202e\u200f"));
        Assert.Equal(["peac"], QueryText.Terms(_analyzer, "peace"));
    }

    [Fact]
    public void A_reused_stream_joins_hyphens_in_the_new_text()
    {
        var joined = Assert.Single(QueryText.Terms(_analyzer, "crossborder"));
        Assert.Contains("bandaid", QueryText.Terms(_analyzer, "a Band-Aid"));
        Assert.Contains(joined, QueryText.Terms(_analyzer, "the long cross-border talks"));
        Assert.DoesNotContain(joined, QueryText.Terms(_analyzer, "the long cross border talks"));
    }

    [Fact]
    public async Task Bandaid_finds_Band_Aid_and_either_spelling_ranks_the_same()
    {
        var engine = await EngineOver(
            ("a.md", "The envoy called the truce a Band-Aid that the organisation had long recognised as fragile.\n"),
            ("b.md", "Observers recognized the ferry schedule as a sign the harbour would reopen.\n"),
            ("c.md", "The defence ministry said the harbor patrols would continue through winter.\n"));

        var bandaid = await engine.AnswerAsync(new AnswerRequest("/ask bandaid"));
        Assert.Equal("a.md", Assert.Single(bandaid.Results).Source.File);

        foreach (var (british, american) in new[] { ("recognised", "recognized"), ("harbour", "harbor"), ("defence", "defense") })
        {
            var uk = await engine.AnswerAsync(new AnswerRequest("/ask " + british));
            var us = await engine.AnswerAsync(new AnswerRequest("/ask " + american));
            Assert.NotEmpty(uk.Results);
            Assert.Equal(us.Results.Select(r => (r.Source.File, r.Score)), uk.Results.Select(r => (r.Source.File, r.Score)));
        }
    }

    private List<(string Term, int Increment, int Start, int End)> Tokens(string text)
    {
        var result = new List<(string, int, int, int)>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return result;
    }

    private async Task<PeaceBotEngine> EngineOver(params (string Name, string Body)[] files)
    {
        foreach (var (name, body) in files)
            File.WriteAllText(Path.Combine(_root.FullName, name), $"---\ntitle: {name}\npublished: 2025-01-02\n---\n{body}");
        _service = new KnowledgeService(_root.FullName, new KnowledgeOptions());
        await _service.ReloadAsync();
        return new PeaceBotEngine(_service);
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        _service?.Dispose();
        _root.Delete(recursive: true);
    }
}
