using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// The people a document names, in order: full names ("Oleg Ignatov"), and surnames or aliases that resolve to one
/// ("Trump" → "Donald Trump"). Surname-only speakers and pronouns are resolved against it.
/// </summary>
internal sealed class NameRegistry
{
    private readonly record struct Mention(int Position, int Sentence, string Name);

    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<int, string> _subjectBySentence = [];
    private readonly List<(int Start, string Title, string Person)> _personByTitle = [];
    private readonly AliasTable _aliases;

    public NameRegistry(SegmentedText text, AliasTable aliases)
    {
        _aliases = aliases;
        foreach (var paragraph in text.Paragraphs)
        {
            var quoted = QuotedSpanScanner.Scan(text.Text, paragraph.Range);
            foreach (var sentence in text.SentencesOf(paragraph))
                Collect(text.Text, sentence, quoted);
        }
    }

    /// <summary>The latest full name before <paramref name="position"/> ending in <paramref name="surname"/>.</summary>
    public string? FullNameFor(string surname, int position)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Position >= position) continue;
            if (m.Name.Contains(' ') && m.Name.EndsWith(" " + surname, StringComparison.OrdinalIgnoreCase)) return m.Name;
        }
        return null;
    }

    /// <summary>
    /// The first person named outside quotation marks and not as a possessive in the nearest sentence before <paramref name="sentence"/> that
    /// names one (its subject, usually), with that sentence's index.
    /// </summary>
    /// <summary>The person a sentence opens with ("Hakan Fidan, who hosted the talks, said …"), if any.</summary>
    public string? SubjectOf(int sentence) => _subjectBySentence.GetValueOrDefault(sentence);

    public (string Name, int Sentence)? SubjectBefore(int sentence, int maxSentencesBack)
    {
        for (var s = sentence - 1; s >= 0 && s >= sentence - maxSentencesBack; s--)
            if (_subjectBySentence.TryGetValue(s, out var name)) return (name, s);
        return null;
    }

    /// <summary>A person's canonical full name for a name as written, or null when it does not name a known person.</summary>
    public string? PersonFor(string written, int position)
    {
        var name = SpeakerNames.NormalizeCaps(written);
        var canonical = _aliases.CanonicalOf(name) ?? _aliases.CanonicalOf(written);
        if (canonical is not null && canonical.Contains(' ')) return canonical;
        if (name.Contains(' ')) return canonical ?? name;
        return FullNameFor(name, position) is { } full ? _aliases.Canonicalize(full) : null;
    }

    private void Collect(string text, Sentence sentence, List<QuotedSpan> quoted)
    {
        var toks = Tokenizer.Tokenize(text, sentence.Range.Start, sentence.Range.End);
        var i = 0;
        while (i < toks.Count)
        {
            if (!IsNameWord(text, toks[i])) { i++; continue; }
            var s = i;
            while (i < toks.Count && (IsNameWord(text, toks[i]) || IsInnerParticle(text, toks, i)))
            {
                var possessive = SpeakerWords.IsPossessive(toks[i].Text(text));
                i++;
                if (possessive) break;
            }
            // A name inside a quotation or as a possessive ("Trump's plan") is not the sentence's subject.
            var notSubject = quoted.Exists(q => q.Outer.Contains(toks[s].Start)) || SpeakerWords.IsPossessive(toks[i - 1].Text(text));
            Add(text, toks, s, i - 1, sentence.Index, notSubject);
        }
    }

    private void Add(string text, List<Token> toks, int s, int e, int sentence, bool quoted)
    {
        var words = new List<string>();
        for (var k = s; k <= e; k++)
        {
            var w = toks[k].Text(text);
            if (SpeakerWords.IsPossessive(w)) w = w.EndsWith('s') ? w[..^2] : w[..^1];
            words.Add(w);
        }
        var first = 0;
        while (first < words.Count && SpeakerWords.SentenceOpeners.Contains(words[first])) first++;
        for (var k = first; k < words.Count; k++)
            if (SpeakerWords.IsTitle(words[k])) first = k + 1;
        if (first >= words.Count) return;
        var nameWords = words[first..];
        if (nameWords.Any(SpeakerWords.IsInstitution) || nameWords.Count > 4) return;
        var person = PersonFor(string.Join(' ', nameWords), toks[s].Start);
        if (person is null && nameWords.Count >= 2) person = SpeakerNames.NormalizeCaps(string.Join(' ', nameWords));
        if (person is null) return;
        _mentions.Add(new Mention(toks[s].Start, sentence, person));
        if (!quoted) _subjectBySentence.TryAdd(sentence, person);
        // "Prime Minister Keir Starmer", "Kremlin spokesman Dmitry Peskov": later "the prime minister" means them.
        var title = first > 0 && SpeakerWords.IsTitle(words[first - 1]) ? words[first - 1]
            : s > 0 && toks[s - 1].IsWord && TitleNouns.Contains(toks[s - 1].Text(text)) ? toks[s - 1].Text(text) : null;
        if (title is not null && nameWords.Count >= 2) _personByTitle.Add((toks[s].Start, title.ToLowerInvariant(), person));
    }

    private static readonly HashSet<string> TitleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
        "advisor", "envoy", "negotiator", "ambassador", "premier", "mayor", "governor", "commander", "general",
    };

    /// <summary>
    /// The person last introduced with this title before <paramref name="position"/> ("the prime minister" → the
    /// name that followed "Prime Minister"), or null when nobody was.
    /// </summary>
    public string? PersonByTitle(string title, int position)
    {
        for (var i = _personByTitle.Count - 1; i >= 0; i--)
            if (_personByTitle[i].Start < position && _personByTitle[i].Title == title.ToLowerInvariant()) return _personByTitle[i].Person;
        return null;
    }

    private static bool IsNameWord(string text, Token t) => t.IsWord && SpeakerWords.IsNameLike(t.Text(text)) && !char.IsDigit(text[t.Start]);

    private static bool IsInnerParticle(string text, List<Token> toks, int i) =>
        toks[i].IsWord && SpeakerWords.Particles.Contains(toks[i].Text(text)) && i + 1 < toks.Count && IsNameWord(text, toks[i + 1]);
}
