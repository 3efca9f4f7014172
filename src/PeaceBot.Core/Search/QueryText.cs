using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>Turns chat text into the index's terms, through the same analyser the index used.</summary>
internal static class QueryText
{
    public const int MaxTerms = 48;

    // Words that shape a question but say nothing about its subject.
    private static readonly HashSet<string> QuestionWords = WordLists.Set("question-words");

    public static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>The words as an exact phrase over the analysed text (stop words leave gaps, as they did when indexed).</summary>
    public static Lucene.Net.Search.PhraseQuery Phrase(Analyzer analyzer, string text)
    {
        var phrase = new Lucene.Net.Search.PhraseQuery();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var count = 0;
        while (stream.IncrementToken() && count++ < MaxTerms)
        {
            position += increment.PositionIncrement;
            phrase.Add(new Lucene.Net.Index.Term(IndexFields.Text, term.ToString()), position);
        }
        stream.End();
        return phrase;
    }

    /// <summary>The distinct terms of a question, its question words left out (unless nothing else is left).</summary>
    public static List<string> QuestionTerms(Analyzer analyzer, string question)
    {
        var words = question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kept = new StringBuilder();
        foreach (var w in words)
        {
            var bare = w.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '“', '”', '’', '(', ')');
            if (!QuestionWords.Contains(bare)) kept.Append(w).Append(' ');
        }
        var terms = Terms(analyzer, kept.ToString());
        if (terms.Count == 0) terms = Terms(analyzer, question);
        return terms.Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
    }
}
