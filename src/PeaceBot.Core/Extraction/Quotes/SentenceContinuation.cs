using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// "Rutte said the alliance was “not part of any negotiation” but would “support whatever Ukraine decides.”": a second
/// fragment in the sentence of a quote attributed before it, with no attribution of its own, is the same speaker's —
/// when nothing between the two could bring in another speaker: no speech verb (but one joined by "and"/"but" to the
/// first: "and hoped to …"), no "while"/"whereas" contrast, no semicolon.
/// </summary>
internal static class SentenceContinuation
{
    private static readonly HashSet<string> Contrasts = WordLists.Set("contrast-words");

    private static readonly HashSet<string> Joins = WordLists.Set("coordinators");

    public static bool Carries(SegmentedText doc, QuoteCandidate previous, QuotedSpan previousSpan, QuoteCandidate current, QuotedSpan span)
    {
        if (current.Speaker is not null || current.StandsAlone || current.Short || previous.Speaker is null || !previous.AttributedBefore) return false;
        if (previous.Kind != QuoteKind.Direct || previous.Paragraph != current.Paragraph) return false;
        var sentence = doc.SentenceAt(span.Outer.Start);
        if (sentence is null || doc.SentenceAt(previousSpan.Outer.Start)?.Index != sentence.Index) return false;
        var text = doc.Text;
        var toks = Tokenizer.Tokenize(text, previousSpan.Outer.End, span.Outer.Start);
        for (var k = 0; k < toks.Count; k++)
        {
            if (!toks[k].IsWord)
            {
                if (text[toks[k].Start] is ';' or ':' or '(' or '—' or '–') return false;
                continue;
            }
            var word = toks[k].Text(text);
            if (Contrasts.Contains(word)) return false;
            if (SpeechVerbs.IsSpeech(word) && !(k > 0 && toks[k - 1].IsWord && Joins.Contains(toks[k - 1].Text(text)))) return false;
        }
        return true;
    }
}
