using System.Text.RegularExpressions;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Reported speech without quotation marks: "X said (that) …", "X warned that …", "According to X, …" and
/// "…, X tells TRT World." The reported clause is the quote; sentences holding direct quotes are left to those.
/// </summary>
internal static partial class IndirectSpeech
{
    private const int MinClauseWords = 4;

    private const string Subject = @"^(?:(?:But|And|However|Meanwhile|Still|Yet|Now|Later|Earlier|Instead),?\s+)?(?<subj>[^,;:]{2,80}?)\s+" + SpeechVerbs.Adverbs + @"(?<verb>said|says|warned|warns|argued|argues|insisted|insists|claimed|claims|stated|states|noted|notes|believes|believed|stressed|stresses|emphasi[sz]ed|explained|acknowledged|announced|added|admitted|suggested|suggests|predicted|told\s+[\p{L}\s]{1,40}?|tells\s+[\p{L}\s]{1,40}?)";

    [GeneratedRegex(Subject + @"(?:\s+[^,]{1,40}?)?\s+that\s+(?<clause>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectSaysThat();

    [GeneratedRegex(Subject + @"\s+(?<clause>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectSays();

    [GeneratedRegex(@"^(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?According\s+to\s+(?<subj>[^,]{2,80})(?:,\s+(?:a|an)\s[^,]{2,120})?,\s*(?<clause>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?<clause>.+?),\s+(?<subj>[^,;:]{2,60}?)\s+(?<verb>says|said|tells\s+[\p{L}\s]{1,40}|told\s+[\p{L}\s]{1,40}|argues|argued|notes|noted|believes|warns|warned|adds|added|explains|explained)[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseThenSubjectSays();

    public static IEnumerable<ExtractedQuote> Extract(SegmentedText text, IReadOnlyList<QuotedSpan> direct, NameBook names)
    {
        var quoted = new HashSet<int>();
        foreach (var q in direct)
            for (var i = text.SentenceAt(q.Outer.Start)?.Index ?? -1; i >= 0 && i < text.Sentences.Count && text.Sentences[i].Range.Start < q.Outer.End; i++)
                quoted.Add(i);

        foreach (var sentence in text.Sentences)
        {
            if (quoted.Contains(sentence.Index) || text.Paragraphs[sentence.Paragraph].IsHeading) continue;
            var s = text.Slice(sentence.Range);
            if (s.Length > 600 || s.AsSpan().IndexOfAny("“”\"") >= 0) continue;
            if (Try(AccordingTo().Match(s), sentence, text, names, "According to ") is { } a) { yield return a; continue; }
            if (Try(SubjectSaysThat().Match(s), sentence, text, names, null) is { } b) { yield return b; continue; }
            if (Try(SubjectSays().Match(s), sentence, text, names, null) is { } d) { yield return d; continue; }
            if (Try(ClauseThenSubjectSays().Match(s), sentence, text, names, null) is { } c) yield return c;
        }
    }

    private static ExtractedQuote? Try(Match m, Sentence sentence, SegmentedText text, NameBook names, string? _)
    {
        if (!m.Success) return null;
        var clause = m.Groups["clause"];
        var words = clause.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinClauseWords) return null;
        var subject = m.Groups["subj"].Value.Trim();
        string? speaker;
        if (subject is "he" or "she" or "He" or "She") speaker = names.LastPersonBefore(sentence.Range.Start);
        else speaker = SpeakerNames.FromSubject(subject, names);
        if (speaker is null) return null;
        var start = sentence.Range.Start + clause.Index;
        var end = start + clause.Length;
        var s = text.Text;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is '.' or ',' or ';')) end--;
        if (end <= start) return null;
        return new ExtractedQuote(TextRange.FromBounds(start, end), sentence.Range, speaker, QuoteKind.Indirect);
    }
}
