using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "The Defence Ministry issued a communique on Thursday stating that its units would pull back “…”": the quote
/// belongs to whoever issued the statement, not to the words nearest the quote ("Thursday").
/// </summary>
internal sealed class IssuedStatementRule : IAttributionRule
{
    private const int MaxWordsFromParticipleToQuote = 24;
    private const int MaxWordsFromStatementToParticiple = 5;
    private const int MaxWordsFromIssueToStatement = 3;

    private static readonly string[] IssueVerbs = ["issued", "issues", "released", "releases", "published", "publishes", "circulated", "sent", "put"];

    private static readonly string[] Participles = ["stating", "saying", "declaring", "noting", "announcing", "warning", "insisting", "adding", "stressing", "emphasizing", "emphasising"];

    public Attribution? Find(QuoteSite site)
    {
        var text = site.Text;
        var toks = Tokenizer.Tokenize(text, site.BeforeFrom, site.Span.Outer.Start);
        var p = toks.Count - 1;
        while (p >= 0 && toks.Count - p <= MaxWordsFromParticipleToQuote && !WordIs(text, toks, p, Participles)) p--;
        if (p < 2 || toks.Count - p > MaxWordsFromParticipleToQuote || BreaksClause(text, toks, p, toks.Count)) return null;
        var statement = p - 1;
        while (statement > 0 && p - statement <= MaxWordsFromStatementToParticiple && !(toks[statement].IsWord && SpeakerHeads.IsStatement(toks[statement].Text(text))))
            statement--;
        if (statement <= 0 || !SpeakerHeads.IsStatement(toks[statement].Text(text)) || !OnlyWords(toks, statement, p)) return null;
        var issue = statement - 1;
        while (issue >= 0 && statement - issue <= MaxWordsFromIssueToStatement && !WordIs(text, toks, issue, IssueVerbs)) issue--;
        if (issue < 1 || !WordIs(text, toks, issue, IssueVerbs) || !OnlyWords(toks, issue, statement)) return null;
        var speaker = SpeakerPhraseReader.ReadBefore(text, toks, issue, 0);
        if (speaker is null || speaker.Kind == SpeakerMentionKind.Pronoun || !SpeakerHeads.CanSpeak(speaker)) return null;
        return new Attribution(speaker, speaker.Start, toks[p].End, toks[p].End);
    }
}
