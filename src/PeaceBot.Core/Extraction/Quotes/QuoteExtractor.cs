using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Finds who said what in a document: direct quotes with their attribution, reported speech, and transcript lines.
/// Speakers are resolved in document order (surnames and pronouns back to the full name introduced earlier) and
/// named as the document spells them (the alias table tells which spellings are the same person).
/// </summary>
public static class QuoteExtractor
{
    public static IReadOnlyList<ExtractedQuote> Extract(SegmentedText text, AliasTable aliases)
    {
        var names = new NameRegistry(text, aliases);
        var resolver = new SpeakerResolver(aliases, names);
        var candidates = DirectQuoteRule.Find(text);
        candidates.AddRange(IndirectSpeechRule.Find(text));
        candidates.Sort((a, b) => a.Quote.Start.CompareTo(b.Quote.Start));

        var speakers = new string?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i].Speaker is { } mention)
            {
                speakers[i] = EmbeddedSpeaker.Is(text.Text, mention) || EmbeddedSpeaker.Complete(text.Text, mention) is not { } complete
                    ? "" : resolver.Resolve(complete, candidates[i].Sentence);
                // "the US president" the resolver left as written: the one person the sentence before named, if any.
                if (mention.Kind == SpeakerMentionKind.Role && speakers[i] == mention.Text)
                    speakers[i] = RoleAntecedent.Find(text, names, mention) ?? (RoleAntecedent.NamesAnOffice(mention.Text) ? "" : speakers[i]);
            }
        InheritWithinParagraph(candidates, speakers);

        var quotes = new List<ExtractedQuote>();
        var lastEnd = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Quote.Start < lastEnd) continue;
            // Abstain: a direct quote no rule attributes is kept without a speaker, never given a guessed one.
            var speaker = speakers[i] is { Length: > 0 } s ? names.AsWritten(s) : null;
            // A two-word fragment without the speaker its verb promised is a title or scare quote after all.
            if (speaker is null && (c.Kind != QuoteKind.Direct || c.Short)) continue;
            quotes.Add(new ExtractedQuote(c.Quote, c.Context, speaker, c.Kind));
            lastEnd = c.Quote.End;
        }
        // An article's Q&A excerpt: its answers are their speakers' turns, whatever the prose rules made of those lines.
        var answers = QaExcerpts.Find(text, aliases);
        if (answers.Count == 0) return quotes;
        quotes.RemoveAll(q => answers.Exists(a => a.Context.Start < q.Quote.End && q.Quote.Start < a.Context.End));
        return quotes.Concat(answers).OrderBy(q => q.Quote.Start).ToList();
    }

    /// <summary>
    /// A transcript's turns by their labelled speakers; in the askers' turns ("QUESTION: X said yesterday that “…”"),
    /// only the quotes the prose rules attribute to someone.
    /// </summary>
    public static IReadOnlyList<ExtractedQuote> ExtractTranscript(SegmentedText text, AliasTable aliases)
    {
        var askerLines = new List<TextRange>();
        var turns = TranscriptRule.Find(text, aliases, askerLines);
        if (askerLines.Count == 0) return turns;
        var relayed = Extract(text, aliases)
            .Where(q => q is { Kind: QuoteKind.Direct, Speaker: not null } && askerLines.Exists(l => l.Start <= q.Quote.Start && q.Quote.End <= l.End));
        return turns.Concat(relayed).OrderBy(q => q.Quote.Start).ToList();
    }

    // A paragraph's unattributed quote belongs to the speaker quoted just before it there ("“…,” he said. “…”"),
    // else to the one quoted just after it; a paragraph that carries on a quotation left open belongs to its speaker.
    private static void InheritWithinParagraph(List<QuoteCandidate> candidates, string?[] speakers)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (speakers[i] is not null || candidates[i].Kind != QuoteKind.Direct) continue;
            if (candidates[i].ContinuesSentence)
            {
                speakers[i] = LastDirectSpeaker(candidates, speakers, i);
                continue;
            }
            if (!candidates[i].StandsAlone) continue;
            // "“…,” he said" where no "he" fits (only women before it): its own attribution abstained; a neighbour's
            // speaker would be exactly the wrong person.
            if (candidates[i].Speaker is { Kind: SpeakerMentionKind.Pronoun or SpeakerMentionKind.SentenceSubject }) continue;
            speakers[i] = Neighbour(candidates, speakers, i, -1) ?? Neighbour(candidates, speakers, i, +1)
                ?? (candidates[i].ContinuesPrevious || ContinuesSpeaker(candidates, speakers, i) ? LastInPreviousParagraph(candidates, speakers, i) : null);
        }
    }

    // AP style: a paragraph of nothing but quotation right after a paragraph whose last words were an attributed quote
    // carries that speaker on; so does one after a paragraph in which one person is quoted and then reported
    // ("X said the talks were “intense.” He said the team would fly home." then "“…”"). A paragraph with any words of
    // the reporter's may name someone else, and a previous paragraph that reports two people is ambiguous: both abstain.
    private static bool ContinuesSpeaker(List<QuoteCandidate> candidates, string?[] speakers, int i)
    {
        if (!candidates[i].OnlyQuotes || i == 0 || candidates[i - 1].Paragraph != candidates[i].Paragraph - 1) return false;
        if (candidates[i - 1].Kind == QuoteKind.Direct) return candidates[i - 1].Speaker is not null;
        string? one = null;
        var direct = false;
        for (var j = i - 1; j >= 0 && candidates[j].Paragraph == candidates[i].Paragraph - 1; j--)
        {
            if (speakers[j] is not { } who || one is not null && !string.Equals(one, who, StringComparison.Ordinal)) return false;
            one = who;
            direct |= candidates[j].Kind == QuoteKind.Direct;
        }
        return direct;
    }

    private static string? LastInPreviousParagraph(List<QuoteCandidate> candidates, string?[] speakers, int i)
    {
        for (var j = i - 1; j >= 0 && candidates[j].Paragraph >= candidates[i].Paragraph - 1; j--)
            if (candidates[j].Paragraph == candidates[i].Paragraph - 1 && candidates[j].Kind == QuoteKind.Direct) return speakers[j];
        return null;
    }

    // The quote just before in the paragraph (a reported clause may stand between): the one the fragment continues.
    private static string? LastDirectSpeaker(List<QuoteCandidate> candidates, string?[] speakers, int i)
    {
        for (var j = i - 1; j >= 0 && candidates[j].Paragraph == candidates[i].Paragraph; j--)
            if (candidates[j].Kind == QuoteKind.Direct) return speakers[j];
        return null;
    }

    private static string? Neighbour(List<QuoteCandidate> candidates, string?[] speakers, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < candidates.Count && candidates[j].Paragraph == candidates[i].Paragraph; j += step)
            if (candidates[j].Kind == QuoteKind.Direct && candidates[j].Speaker is not null && speakers[j] is not null) return speakers[j];
        return null;
    }
}
