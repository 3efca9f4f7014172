using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "“…,” a member of the Drovan delegation said with a shrug" / "“…,” said an official in Geneva.": a role carried on
/// by "of"/"in" right after the quote, with its verb before or after it. The whole phrase is the speaker; manner words
/// after the verb do not matter. A phrase whose head does not speak ("the end of the day") abstains.
/// </summary>
internal sealed class RoleOfPhraseAfterQuoteRule : IAttributionRule
{
    private const int MaxPhraseTokens = 10;

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var toks = Tokenizer.Tokenize(text, site.Span.Outer.End, site.AfterTo);
        var p = 0;
        while (p < toks.Count && p < 2 && (MarkIs(text, toks, p, ',') || MarkIs(text, toks, p, '’'))) p++;
        if (p == 0 && !TokenPattern.InnerEndsOpen(site)) return null;
        // Inverted: "said a member of the delegation" up to the next punctuation.
        if (WordIs(text, toks, p, "said", "says", "added", "asked"))
        {
            var end = p + 1;
            while (end < toks.Count && toks[end].IsWord && end - p <= MaxPhraseTokens) end++;
            if (end < toks.Count && !MarkIs(text, toks, end, ',') && !MarkIs(text, toks, end, '.')) return null;
            var inverted = RolePhrase.Exactly(text, toks, p + 1, end);
            return inverted is null || !HasCarrier(inverted.Text) ? null : new Attribution(inverted, toks[p].Start, inverted.End, toks[p].End);
        }
        var v = p;
        while (v < toks.Count && v - p <= MaxPhraseTokens && toks[v].IsWord && !SpeechVerbs.IsSpeech(toks[v].Text(text))) v++;
        if (v >= toks.Count || !toks[v].IsWord || !SpeechVerbs.IsSpeech(toks[v].Text(text)) || SpeechVerbs.IsAccording(toks[v].Text(text))) return null;
        var last = v;
        while (last > p && WordIn(text, toks, last - 1, SpeakerWords.Adverbs)) last--;
        var speaker = RolePhrase.Exactly(text, toks, p, last);
        // Roles without "of"/"in" ("a senior official said") are the ordinary rules' business.
        if (speaker is null || !HasCarrier(speaker.Text)) return null;
        return new Attribution(speaker, speaker.Start, toks[v].End, toks[v].End);
    }

    private static bool HasCarrier(string phrase) =>
        phrase.Contains(" of ", StringComparison.Ordinal) || phrase.Contains(" in ", StringComparison.Ordinal)
        || phrase.Contains(" from ", StringComparison.Ordinal) || phrase.Contains(" at ", StringComparison.Ordinal)
        || phrase.Contains(" for ", StringComparison.Ordinal);
}
