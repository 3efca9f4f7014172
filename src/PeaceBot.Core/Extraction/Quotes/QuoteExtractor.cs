using System.Text.RegularExpressions;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Finds quotes and who said them. Direct quotes are attributed from the words after them ("…,” said X / “…,” X
/// said / “…,” he said) or before them (X said: “…” / X told TASS the summit “…” / who then claimed that “…”);
/// surnames and pronouns resolve to the full name introduced earlier, roles stand when no name is given, and an
/// unattributed quote right after an attributed one in the same paragraph continues it. Reported speech without
/// quotation marks ("X said that …", "According to X, …") is kept as indirect quotes. Never throws.
/// </summary>
public static partial class QuoteExtractor
{
    private const int MaxGap = 80;

    [GeneratedRegex(@"^[\s,;:—–-]*(?:(?<pron>he|she|they)|(?<subj>[^,;:!?“”""]{1,80}?))\s+" + SpeechVerbs.Adverbs + @"(?<verb>" + SpeechVerbs.Pattern + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubjectThenVerbAfter();

    [GeneratedRegex(@"^[\s,;:—–-]*(?<verb>" + SpeechVerbs.Pattern + @")\s+(?<obj>[^“""]{1,120})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenSubjectAfter();

    [GeneratedRegex(@"^[\s,;:—–-]*according\s+to\s+(?<obj>[^“""]{1,120})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToAfter();

    [GeneratedRegex(@"\b(?<verb>" + SpeechVerbs.Pattern + @")\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"(?:\s+(?:later|then|also|even|again|once|recently|reportedly|publicly|has|had|have|would|earlier|previously|further|simply|bluntly|flatly|repeatedly|pointedly))+\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"\baccording\s+to\s+(?<obj>whom|[^,“”""]{1,80})[,\s]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToBefore();

    public static IReadOnlyList<ExtractedQuote> Extract(SegmentedText text, AliasTable aliases)
    {
        try
        {
            var spans = QuoteSpanFinder.Find(text);
            var names = new NameBook(text.Text, spans, aliases);
            var quotes = new List<ExtractedQuote>();
            ExtractedQuote? previous = null;
            foreach (var span in spans)
            {
                var speaker = Attribute(text, span, names);
                if (speaker is null && previous is not null && Continues(text, previous, span)) speaker = previous.Speaker;
                if (speaker is null || !IsWorthQuoting(text, span)) continue;
                names.NoteSpeaker(span.Outer.Start, speaker);
                var quote = new ExtractedQuote(span.Inner, ContextOf(text, span), speaker, QuoteKind.Direct);
                quotes.Add(quote);
                previous = quote;
            }
            quotes.AddRange(IndirectSpeech.Extract(text, spans, names));
            return quotes;
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or IndexOutOfRangeException)
        {
            return [];
        }
    }

    public static IReadOnlyList<ExtractedQuote> ExtractTranscript(SegmentedText text, AliasTable aliases) =>
        TranscriptLines.Extract(text, aliases);

    private static string? Attribute(SegmentedText text, QuotedSpan span, NameBook names)
    {
        var s = text.Text;
        var afterEnd = Math.Min(s.Length, span.Outer.End + 160);
        var after = s[span.Outer.End..afterEnd];
        var nl = after.IndexOf('\n');
        if (nl >= 0) after = after[..nl];

        // A quote that ends its own sentence (“… deal.”) is not attributed by what follows; “…?” asked X still is.
        var inner = text.Slice(span.Inner).TrimEnd();
        var endsSentence = inner.EndsWith('.') || inner.EndsWith('…') ||
            ((inner.EndsWith('?') || inner.EndsWith('!')) && !StartsLowercase(after));
        if (endsSentence) return Before(text, span, names);

        // “…,” according to a senior official.
        var according = AccordingToAfter().Match(after);
        if (according.Success && SpeakerNames.FromObject(according.Groups["obj"].Value, names) is { } byAccording) return byAccording;

        // “…,” said a NATO diplomat. / “…,” says Linas Kojala, CEO of …
        var m = VerbThenSubjectAfter().Match(after);
        if (m.Success && SpeakerNames.FromObject(m.Groups["obj"].Value, names) is { } byObject) return byObject;

        // “…,” he said. / “…,” Ignatov says. / “…” it says (a document: no speaker).
        m = SubjectThenVerbAfter().Match(after);
        if (m.Success)
        {
            if (m.Groups["pron"].Success) return names.LastPersonBefore(span.Outer.Start);
            if (SpeakerNames.FromSubject(m.Groups["subj"].Value, names) is { } bySubject) return bySubject;
        }

        return Before(text, span, names);
    }

    private static string? Before(SegmentedText text, QuotedSpan span, NameBook names)
    {
        var s = text.Text;
        var sentence = text.SentenceAt(span.Outer.Start);
        var start = sentence?.Range.Start ?? Math.Max(0, span.Outer.Start - 200);
        if (start == span.Outer.Start && sentence is { Index: > 0 } && text.Sentences[sentence.Index - 1] is var prev && prev.Paragraph == sentence.Paragraph)
            start = prev.Range.Start;
        start = Math.Max(start, span.Outer.Start - 300);
        var before = s[start..span.Outer.Start];
        var cut = Math.Max(before.LastIndexOf('”'), before.LastIndexOf('"'));
        if (cut >= 0) before = before[(cut + 1)..];

        var according = AccordingToBefore().Match(before);
        if (according.Success)
        {
            var obj = according.Groups["obj"].Value;
            return obj.Equals("whom", StringComparison.OrdinalIgnoreCase)
                ? names.LastPersonBefore(span.Outer.Start - before.Length + according.Index)
                : SpeakerNames.FromObject(obj, names);
        }

        // The last speech verb before the quote with nothing sentence-ending between them: "X told TASS the summit “…”".
        Match? verb = null;
        foreach (Match v in Verb().Matches(before))
        {
            var rest = before[(v.Index + v.Length)..];
            if (rest.Length <= MaxGap && rest.IndexOfAny(['.', '!', '?']) < 0) { verb = v; break; }
        }
        if (verb is null) return null;
        var subject = TrailingAdverbs().Replace(before[..verb.Index].TrimEnd(), "");
        var clause = Math.Max(subject.LastIndexOfAny(['.', '!', '?', ';']), -1);
        subject = subject[(clause + 1)..];
        var subjectEnd = span.Outer.Start - before.Length + verb.Index;
        if (Regex.IsMatch(subject, @"(?:^|[\s,])(?:who|which|that)$", RegexOptions.IgnoreCase))
            return names.LastPersonBefore(subjectEnd - 4);
        if (Regex.IsMatch(subject, @"(?:^|\s)(?:he|she)$", RegexOptions.IgnoreCase))
            return names.LastPersonBefore(subjectEnd - 3);
        return SpeakerNames.FromSubject(subject, names);
    }

    // An unattributed quote that opens the sentence right after an attributed one, in the same paragraph.
    private static bool Continues(SegmentedText text, ExtractedQuote previous, QuotedSpan span)
    {
        if (text.SentenceAt(span.Inner.Start) is not { } sentence || sentence.Range.Start < span.Outer.Start - 1) return false;
        if (previous.Context.End > span.Outer.Start) return false;
        var gap = text.Text.AsSpan(previous.Context.End, span.Outer.Start - previous.Context.End);
        return gap.Trim().Length == 0 && text.SentenceAt(previous.Quote.Start)?.Paragraph == sentence.Paragraph;
    }

    // Scare quotes around a word or two ("strategic defeat") and quoted names ("New York Times") are not quotes of anyone.
    private static bool IsWorthQuoting(SegmentedText text, QuotedSpan span)
    {
        var words = text.Slice(span.Inner).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words.Skip(1).Any(w => char.IsLower(w[0]));
    }

    private static bool StartsLowercase(string after)
    {
        foreach (var c in after)
        {
            if (char.IsLetter(c)) return char.IsLower(c);
            if (!char.IsWhiteSpace(c) && c != ',') return false;
        }
        return false;
    }

    // The sentences that hold the quote and its attribution.
    private static TextRange ContextOf(SegmentedText text, QuotedSpan span)
    {
        var first = text.SentenceAt(span.Outer.Start);
        var last = text.SentenceAt(Math.Max(span.Outer.Start, span.Outer.End - 1));
        var start = first?.Range.Start ?? span.Outer.Start;
        var end = last?.Range.End ?? span.Outer.End;
        if (last is { } l && l.Index + 1 < text.Sentences.Count && text.Sentences[l.Index + 1] is var next
            && next.Paragraph == l.Paragraph && next.Range.Start - span.Outer.End <= 2 && next.Range.Length < 80
            && Verb().IsMatch(text.Slice(next.Range)))
            end = next.Range.End; // "“…?” / Trump asked." split after the closing mark
        return TextRange.FromBounds(Math.Min(start, span.Outer.Start), Math.Max(end, span.Outer.End));
    }
}
