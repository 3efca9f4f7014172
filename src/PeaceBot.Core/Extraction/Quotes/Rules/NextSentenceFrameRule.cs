using static PeaceBot.Core.Extraction.Quotes.Rules.TokenPattern;

namespace PeaceBot.Core.Extraction.Quotes.Rules;

/// <summary>
/// "“We were promised a peace.” The words belong to Ana Roth, a farmer …" / "That was the verdict of X" / "So said X" /
/// "The warning came from X": a quote that is a whole sentence with no attribution of its own, credited by a frame
/// opening the next sentence of its paragraph. The speaker must be a name or a role that speaks; else abstain.
/// </summary>
internal sealed class NextSentenceFrameRule : IAttributionRule
{
    private static readonly string[] Demonstratives = ["the", "that", "this", "those", "these", "such"];

    private static readonly string[] FrameNouns =
    [
        "words", "word", "remark", "remarks", "comment", "comments", "verdict", "line", "quote", "warning", "view",
        "assessment", "message", "plea", "complaint", "judgment", "judgement", "prediction", "reaction", "answer", "reply",
        "response", "promise", "conclusion", "diagnosis", "summary", "question",
    ];

    public Attribution? Find(QuoteSite site)
    {
        if (!site.OpensItsSentence || !site.EndsItsSentence) return null;
        var text = site.Text;
        var inner = site.Span.Inner;
        if (inner.Length == 0 || text[inner.End - 1] is not ('.' or '!' or '?' or '…')) return null;
        var at = site.SentenceEnd;
        while (at < site.Paragraph.Range.End && char.IsWhiteSpace(text[at])) at++;
        if (at >= site.NextStart) return null;
        var next = site.Doc.SentenceAt(at);
        if (next is null || next.Paragraph != site.Paragraph.Index || next.Range.Start != at) return null;
        var toks = Tokenizer.Tokenize(text, next.Range.Start, Math.Min(next.Range.End, site.NextStart));
        var first = FrameEnd(text, toks);
        if (first < 0) return null;
        var speaker = SpeakerPhraseReader.ReadAfter(text, toks, first, toks.Count);
        if (speaker is null || speaker.Kind == SpeakerMentionKind.Pronoun || !SpeakerHeads.CanSpeak(speaker)) return null;
        return new Attribution(speaker, toks[0].Start, speaker.End, toks[first - 1].End);
    }

    // The index of the speaker's first word after the frame, or -1 when the sentence opens otherwise.
    private static int FrameEnd(string text, List<Token> toks)
    {
        // "So said X." / "So says X."
        if (WordIs(text, toks, 0, "so") && WordIs(text, toks, 1, "said", "says")) return 2;
        var k = 0;
        // "The words belong to X" / "The remark came from X" / "That was the verdict of X".
        if (WordIs(text, toks, k, Demonstratives)) k++;
        if (WordIs(text, toks, k, FrameNouns)) k++;
        if (k > 0 && WordIs(text, toks, k, "belong", "belongs", "belonged") && WordIs(text, toks, k + 1, "to")) return k + 2;
        if (k > 0 && WordIs(text, toks, k, "came", "come", "comes") && WordIs(text, toks, k + 1, "from")) return k + 2;
        if (k != 1 || !WordIs(text, toks, 0, "that", "this", "such", "those", "these")) return -1;
        if (!WordIs(text, toks, k, "was", "is", "were", "are")) return -1;
        k++;
        if (WordIs(text, toks, k, "the")) k++;
        // "That was the view of X", not "That was the day of the vote".
        if (!WordIs(text, toks, k, FrameNouns) || !WordIs(text, toks, k + 1, "of")) return -1;
        return k + 2;
    }
}
