using PeaceBot.Core.Text;
using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "The Foreign Ministry has confirmed the delay. In a statement, it said both delegations “…”": "it" as the subject
/// of the quote's clause stands for the organisation the previous sentence opens with. Only an organisation: a place,
/// a plan or a war opening that sentence leaves "it" unresolved, and the rule abstains.
/// </summary>
internal sealed class OrganisationItRule : IAttributionRule
{
    private const int MaxWordsFromVerbToQuote = 14;
    private const int MaxOpeningWords = 6;

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        if (site.OpenSentence is not { Index: > 0 } sentence) return null;
        var toks = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        var it = ItSubject(text, toks);
        if (it < 0) return null;
        var v = it + 1;
        while (v < toks.Count && WordIn(text, toks, v, SpeakerWords.Adverbs)) v++;
        if (v >= toks.Count || !toks[v].IsWord || !SpeechVerbs.IsSpeech(toks[v].Text(text)) || SpeechVerbs.IsAccording(toks[v].Text(text))) return null;
        if (toks.Count - v - 1 > MaxWordsFromVerbToQuote || BreaksClause(text, toks, v, toks.Count)) return null;
        var previous = site.Doc.Sentences[sentence.Index - 1];
        if (previous.Paragraph < site.Paragraph.Index - 1) return null;
        var organisation = OpeningOrganisation(site.Doc, previous);
        if (organisation is null) return null;
        return new Attribution(organisation, toks[it].Start, toks[v].End, toks[v].End);
    }

    // "it" opening the sentence, or after an opening phrase and its comma ("In a statement, it said").
    private static int ItSubject(string text, List<Token> toks)
    {
        var first = FirstLetterWord(text, toks);
        if (WordIs(text, toks, first, "it")) return first;
        for (var k = first; k < toks.Count && k - first <= MaxOpeningWords; k++)
        {
            if (toks[k].IsWord) continue;
            return MarkIs(text, toks, k, ',') && WordIs(text, toks, k + 1, "it") ? k + 1 : -1;
        }
        return -1;
    }

    // The organisation a sentence opens with as its subject ("The Norvaine Foreign Ministry has confirmed …").
    private static SpeakerMention? OpeningOrganisation(SegmentedText doc, Sentence sentence)
    {
        var text = doc.Text;
        var toks = Tokenizer.Tokenize(text, sentence.Range.Start, sentence.Range.End);
        var first = FirstLetterWord(text, toks);
        var mention = SpeakerPhraseReader.ReadAfter(text, toks, first, toks.Count);
        if (mention is not { Kind: SpeakerMentionKind.Role } || !SpeakerHeads.IsOrganisation(SpeakerHeads.HeadOf(mention.Text))) return null;
        // The phrase must be followed by its verb, lower case: "… Ministry has confirmed", not "… Ministry of …" or a comma.
        var after = first;
        while (after < toks.Count && toks[after].Start < mention.End) after++;
        return after < toks.Count && toks[after].IsWord && char.IsLower(text[toks[after].Start])
               && !WordIs(text, toks, after, "of", "in", "at", "for", "and", "with", "from", "on", "to")
            ? mention
            : null;
    }
}
