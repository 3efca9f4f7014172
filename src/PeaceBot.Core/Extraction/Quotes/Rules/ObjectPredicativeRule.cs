using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "X … called the account “…”", "X described the deal as “…”", "A joint statement … called the swap ‘…’": the
/// quote names an object in the subject's own words. The subject must be a person, a role or organisation that
/// speaks, or a statement; "a plan called “X”", "the so-called “X”" have no object and no such subject, and abstain.
/// </summary>
internal sealed class ObjectPredicativeRule : IAttributionRule
{
    private const int MaxObjectWords = 6;

    private static readonly string[] NamingVerbs = ["called", "calls", "dubbed", "dubs", "termed", "terms", "branded", "brands", "labelled", "labeled", "calling", "dubbing", "branding"];

    // "…, calling it “…”": the participle hangs on the sentence's subject.
    private static readonly string[] Participles = ["calling", "dubbing", "branding", "describing", "characterizing", "characterising", "dismissing", "labelling", "labeling"];

    private static readonly string[] AsVerbs =
    [
        "described", "describes", "characterized", "characterizes", "characterised", "characterises", "dismissed",
        "dismisses", "portrayed", "portrays", "branded", "brands", "hailed", "hails", "denounced", "denounces",
        "labelled", "labeled", "condemned", "condemns", "praised", "praises", "welcomed", "welcomes", "rejected", "rejects",
        "describing", "characterizing", "characterising", "dismissing", "labelling", "labeling",
    ];

    private static readonly string[] ObjectPronouns = ["it", "this", "that", "them", "him", "her", "these", "those"];

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var toks = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        var v = VerbIndex(text, toks);
        if (v < 1) return null;
        var speaker = Subject(text, toks, v);
        if (speaker is null) return null;
        return new Attribution(speaker, Math.Min(speaker.Start, toks[v].Start), Math.Max(speaker.End, toks[v].End), toks[v].End);
    }

    // The naming verb whose object runs up to the quote: "called <object>" or "described <object> as".
    private static int VerbIndex(string text, List<Token> toks)
    {
        var n = toks.Count;
        var asFrame = WordIs(text, toks, n - 1, "as");
        var objectEnd = asFrame ? n - 1 : n;
        for (var v = objectEnd - 1; v >= 0 && objectEnd - v - 1 <= MaxObjectWords; v--)
        {
            if (!toks[v].IsWord) return -1;
            if (!WordIs(text, toks, v, asFrame ? AsVerbs : NamingVerbs)) continue;
            var objectWords = objectEnd - v - 1;
            if (objectWords == 0) return -1;
            if (objectWords == 1) return WordIs(text, toks, v + 1, ObjectPronouns) ? v : -1;
            // "called the swap", "called Moscow’s offer"; not "called for …" or "called on …".
            var first = toks[v + 1].Text(text);
            return SpeakerWords.Determiners.Contains(first) || SpeakerWords.IsPossessive(first) || WordIs(text, toks, v + 1, ObjectPronouns) ? v : -1;
        }
        return -1;
    }

    private static SpeakerMention? Subject(string text, List<Token> toks, int v)
    {
        // "A joint statement issued by the two delegations afterwards called …": the statement opening the sentence.
        if (RolePhrase.Opening(text, toks, 0) is { } opening && SpeakerHeads.IsStatement(SpeakerHeads.HeadOf(opening.Mention.Text))
            && !BreaksClause(text, toks, opening.End, v))
            return opening.Mention;
        // "The ministry welcomed the vote, calling it “…”": the organisation or role opening the sentence, if one does.
        var participle = WordIs(text, toks, v, Participles) && MarkIs(text, toks, v - 1, ',');
        if (participle && RolePhrase.Opening(text, toks, 0) is { } subject && !BreaksClause(text, toks, subject.End, v))
            return subject.Mention;
        // "Colonel X … denied that … and called the account “…”", "X welcomed it, calling it “…”": the person the sentence is about.
        if (WordIs(text, toks, v - 1, "and") || participle)
            return new SpeakerMention(toks[v].Text(text), SpeakerMentionKind.ClauseSubject, toks[v].Start, toks[v].End);
        var speaker = SpeakerPhraseReader.ReadBefore(text, toks, v, 0);
        return SpeakerHeads.CanSpeak(speaker) ? speaker : null;
    }
}
