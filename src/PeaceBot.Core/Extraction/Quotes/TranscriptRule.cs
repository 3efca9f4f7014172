using System.Text.RegularExpressions;
using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Transcript lines "SPEAKER NAME: text" (optionally bold, "**NAME:**", or with an affiliation, "Anna Berg (Reuters):"): each line is a quote by its speaker; a line
/// without a speaker continues the previous one. ALL-CAPS names become title case, titles are dropped for the alias lookup.
/// </summary>
internal static partial class TranscriptRule
{
    private const int MaxSpeakerWords = 6;

    [GeneratedRegex(@"^[\*_]{0,2}(?<name>[\p{Lu}][\p{L}.'’\- ]{0,60}?)[\*_]{0,2}(?:\s*\([^)]{0,40}\))?\s*:[\*_]{0,2}\s*(?<said>\S.*)$")]
    private static partial Regex SpeakerLine();

    // "Peskov:" alone on its line, the answer on the lines after it (Kremlin and interview transcripts).
    [GeneratedRegex(@"^[\*_]{0,2}(?<name>[\p{Lu}][\p{L}.'’\- ]{0,60}?)[\*_]{0,2}(?:\s*\([^)]{0,40}\))?\s*:[\*_]{0,2}$")]
    private static partial Regex LabelLine();

    // A label alone names a speaker when the aliases file knows the name or the document gives that label to two
    // turns or more: a one-off "Part Twelve:" or "Update:" heading is nobody.
    private const int MinLabelTurns = 2;

    // Labels for whoever asks: a turn of theirs is the question, not a statement by anyone PeaceBot could name.
    private static readonly HashSet<string> Askers = WordLists.Set("transcript-askers");

    /// <param name="askerLines">The lines of the askers' turns: what a reporter relays there ("X said yesterday that
    /// “…”") is attributed like prose, by the caller.</param>
    public static List<ExtractedQuote> Find(SegmentedText doc, AliasTable aliases, List<TextRange>? askerLines = null)
    {
        var text = doc.Text;
        var found = new List<ExtractedQuote>();
        string? speaker = null;
        var asking = false;
        var labelTurns = LabelTurns(text);
        int? labelStart = null;
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = Trim(text, pos, lineEnd);
            pos = lineEnd + 1;
            if (line.Length == 0) { if (nl < 0) break; continue; }
            if (text[line.Start] == '#') { speaker = null; asking = false; continue; }
            var label = LabelLine().Match(text, line.Start, line.Length);
            if (label.Success && LabelSpeaker(label.Groups["name"].Value, aliases, labelTurns) is var (isAsker, labelled) && (isAsker || labelled is not null))
            {
                (speaker, asking) = isAsker ? (null, true) : (labelled, false);
                if (isAsker) askerLines?.Add(line);
                labelStart = line.Start;
                if (nl < 0) break;
                continue;
            }
            var m = SpeakerLine().Match(text, line.Start, line.Length);
            if (m.Success && Askers.Contains(m.Groups["name"].Value.Trim()))
            {
                (speaker, asking) = (null, true);
                askerLines?.Add(line);
            }
            else if (m.Success && SpeakerOf(m.Groups["name"].Value, aliases) is { } named)
            {
                asking = false;
                speaker = named;
                var said = m.Groups["said"];
                var quote = Trim(text, said.Index, said.Index + said.Length);
                if (quote.Length > 0) found.Add(new ExtractedQuote(quote, line, speaker, QuoteKind.Transcript));
            }
            else if (asking) askerLines?.Add(line);
            else if (speaker is not null)
            {
                // The first line after a label alone is the turn's own line: its context reaches back to the label.
                var context = labelStart is { } at ? TextRange.FromBounds(at, line.End) : line;
                found.Add(new ExtractedQuote(line, context, speaker, QuoteKind.Transcript));
            }
            if (!label.Success) labelStart = null;
            if (nl < 0) break;
        }
        return found;
    }

    private static readonly HashSet<string> Honorifics = WordLists.Set("honorifics");

    private static Dictionary<string, int> LabelTurns(string text)
    {
        var turns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
            if (LabelLine().Match(raw.Trim()) is { Success: true } m && m.Groups["name"].Value.Trim() is var name)
                turns[name] = turns.GetValueOrDefault(name) + 1;
        return turns;
    }

    private static (bool Asker, string? Speaker) LabelSpeaker(string raw, AliasTable aliases, Dictionary<string, int> turns)
    {
        var name = raw.Trim();
        if (Askers.Contains(name)) return (true, null);
        if (SpeakerOf(name, aliases) is not { } speaker) return (false, null);
        var known = aliases.CanonicalOf(speaker) is not null;
        return (false, known || turns.GetValueOrDefault(name) >= MinLabelTurns ? speaker : null);
    }

    private static string? SpeakerOf(string raw, AliasTable aliases)
    {
        var name = raw.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (name.Length < 2 || words.Length > MaxSpeakerWords) return null;
        if (words.Any(w => !SpeakerWords.IsNameLike(w) && !SpeakerWords.Particles.Contains(w))) return null;
        // "MR. PESKOV" is Peskov: honorifics are how transcripts address people, not part of their names.
        var bare = string.Join(' ', words.SkipWhile(w => Honorifics.Contains(w.TrimEnd('.'))));
        if (bare.Length > 0) name = bare;
        var normalized = SpeakerNames.NormalizeCaps(name);
        return aliases.CanonicalOf(normalized)
            ?? aliases.CanonicalOf(SpeakerNames.WithoutTitles(normalized))
            ?? SurnameAfterInitials(normalized, aliases)
            ?? normalized;
    }

    // "Y. Ushakov", "S. Lavrov": Russian transcripts' initials; the surname names the person when the alias table knows it.
    private static string? SurnameAfterInitials(string name, AliasTable aliases)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[..^1].All(w => w.Length <= 3 && w.EndsWith('.'))) return null;
        return aliases.CanonicalOf(words[^1]) is { } full && full.Contains(' ') ? full : null;
    }

    private static TextRange Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return TextRange.FromBounds(s, e);
    }
}
