using PeaceBot.Core.Extraction.Vocabulary;
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

    // Full names by their last word, in document order: a surname lookup is a binary search, not a scan of every
    // earlier mention (that scan made an 8 MB file take minutes).
    private readonly Dictionary<string, List<Mention>> _fullNamesBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, string> _subjectBySentence = [];
    private readonly Dictionary<int, string> _openerBySentence = [];
    private readonly Dictionary<string, List<Mention>> _personByTitle = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _writtenByCanonical = new(StringComparer.OrdinalIgnoreCase);
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
        return _fullNamesBySurname.TryGetValue(surname, out var list) ? LatestBefore(list, position) : null;
    }

    // Mentions are added in document order, so the latest one before a position is a binary search away.
    private static string? LatestBefore(List<Mention> list, int position)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Position < position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : list[found].Name;
    }

    /// <summary>The person a sentence starts with, as its first words ("Kosterin has spent …", "Yana Kosterin, …, was
    /// blunt:"), or null when it starts with anything else.</summary>
    public string? OpenerOf(int sentence) => _openerBySentence.GetValueOrDefault(sentence);

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

    /// <summary>
    /// The name to show for a canonical speaker: the spelling this document first uses for them when it is a variant
    /// of the same length ("Sergei Lavrov" for the aliases file's "Sergey Lavrov", "Volodymyr Zelenskyy"), so an
    /// answer names the person as its cited source does; the canonical name when the document only gives a surname
    /// or a longer or shorter form ("Donald J. Trump", "Vladimir Vladimirovich Putin").
    /// </summary>
    public string AsWritten(string speaker) =>
        _writtenByCanonical.TryGetValue(speaker, out var written) ? written : speaker;

    private void NoteSpelling(string written)
    {
        var canonical = _aliases.CanonicalOf(written);
        // "Volodymyr Zelenskyy" when the aliases file lists only the surname spelling "Zelenskyy": the same person
        // when the first name is the canonical one's too.
        if (canonical is null && _aliases.CanonicalOf(SpeakerNames.LastWord(written)) is { } bySurname
            && string.Equals(written.Split(' ')[0], bySurname.Split(' ')[0], StringComparison.OrdinalIgnoreCase))
            canonical = bySurname;
        if (canonical is not null && WordCount(canonical) == WordCount(written)) _writtenByCanonical.TryAdd(canonical, written);
    }

    private static int WordCount(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

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
        var lead = LeadingPhraseEnd(text, toks);
        // "He said the delegation, led by Rustem Umerov, …": the sentence's subject is "he", not the name after it.
        var pronounSubject = toks.Count > 0 && toks[0].IsWord && SubjectPronouns.Contains(toks[0].Text(text));
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
            // Nor is one in a leading phrase: "Speaking after Marchetti, Demchuk thanked …" is about Demchuk.
            var inQuote = quoted.Exists(q => q.Outer.Contains(toks[s].Start));
            var notSubject = inQuote || SpeakerWords.IsPossessive(toks[i - 1].Text(text)) || toks[s].Start < lead || pronounSubject;
            var person = Add(text, toks, s, i - 1, sentence.Index, notSubject, inQuote);
            if (person is not null && !notSubject) NotePossessiveGender(text, toks, i, person);
        }
    }

    private const int MaxWordsToPossessive = 3;

    // "Ostrander said her government …", "Ransk denied that his forces …": a his/her right after the subject's name
    // and verb is that person's, and tells "he" from "she" later. Farther on it may be someone else's.
    private void NotePossessiveGender(string text, List<Token> toks, int after, string person)
    {
        for (var k = after; k < toks.Count && k - after < MaxWordsToPossessive; k++)
        {
            if (!toks[k].IsWord) return;
            var g = toks[k].Text(text).ToLowerInvariant() switch { "his" or "himself" => 'm', "her" or "herself" => 'f', _ => '?' };
            if (g != '?') { _genders.TryAdd(person, g); return; }
            if (IsNameWord(text, toks[k])) return;
        }
    }

    private string? Add(string text, List<Token> toks, int s, int e, int sentence, bool quoted, bool inQuote)
    {
        var words = new List<string>();
        for (var k = s; k <= e; k++)
        {
            var w = toks[k].Text(text);
            if (SpeakerWords.IsPossessive(w)) w = w.EndsWith('s') ? w[..^2] : w[..^1];
            words.Add(w);
        }
        var first = 0;
        while (first < words.Count && (SpeakerWords.SentenceOpeners.Contains(words[first]) || NegatedPair.Contains(words[first]))) first++;
        for (var k = first; k < words.Count; k++)
            if (SpeakerWords.IsTitle(words[k])) first = k + 1;
        if (first >= words.Count) return null;
        var nameWords = words[first..];
        // "President of Ukraine Volodymyr Zelensky": the place ending the title leaves two name words after it.
        var place = 0;
        while (place < nameWords.Count - 2 && SpeakerWords.IsInstitution(nameWords[place]) && !nameWords.Skip(place + 1).Any(SpeakerWords.IsInstitution)) place++;
        if (place > 0) { first += place; nameWords = nameWords[place..]; }
        if (nameWords.Any(SpeakerWords.IsInstitution) || nameWords.Count > 4) return null;
        if (nameWords.Count >= 2) NoteSpelling(SpeakerNames.NormalizeCaps(string.Join(' ', nameWords)));
        var person = PersonFor(string.Join(' ', nameWords), toks[s].Start);
        if (person is null && nameWords.Count >= 2) person = SpeakerNames.NormalizeCaps(string.Join(' ', nameWords));
        if (person is null) return null;
        if (!inQuote) CountNamed(sentence, person);
        // "Mr. Demchuk", "Ms. Marchetti": the honorific tells "he" from "she".
        for (var k = 0; k < first; k++)
            if (HonorificGender(words[k]) is var g and not '?') _genders.TryAdd(person, g);
        if (person.Contains(' '))
        {
            var surname = SpeakerNames.LastWord(person);
            if (!_fullNamesBySurname.TryGetValue(surname, out var list)) _fullNamesBySurname[surname] = list = [];
            list.Add(new Mention(toks[s].Start, sentence, person));
        }
        // "Neither Harankov nor Ostrander would say …": a denial about two people is neither's words.
        var negated = s > 0 && toks[s - 1].IsWord && NegatedPair.Contains(toks[s - 1].Text(text)) || NegatedPair.Contains(words[0]);
        if (!quoted && !negated)
        {
            _subjectBySentence.TryAdd(sentence, person);
            if (s == 0) _openerBySentence.TryAdd(sentence, person);
        }
        // "Prime Minister Keir Starmer", "Kremlin spokesman Dmitry Peskov": later "the prime minister" means them.
        var title = first > 0 && SpeakerWords.IsTitle(words[first - 1]) ? words[first - 1]
            : s > 0 && toks[s - 1].IsWord && TitleNouns.Contains(toks[s - 1].Text(text)) ? toks[s - 1].Text(text)
            // "the presidential spokesman, Arkady Voss,": the role in an appositive before the name.
            : s > 1 && !toks[s - 1].IsWord && text[toks[s - 1].Start] == ',' && toks[s - 2].IsWord && TitleNouns.Contains(toks[s - 2].Text(text))
                ? toks[s - 2].Text(text)
            // "President of Ukraine Volodymyr Zelensky": the title before "of <place>".
            : place > 0 && s > 1 && toks[s - 1].IsWord && toks[s - 1].Text(text) == "of" && toks[s - 2].IsWord && TitleNouns.Contains(toks[s - 2].Text(text))
                ? toks[s - 2].Text(text) : null;
        if (title is not null && nameWords.Count >= 2)
        {
            if (!_personByTitle.TryGetValue(title, out var titled)) _personByTitle[title] = titled = [];
            titled.Add(new Mention(toks[s].Start, sentence, person));
            if (!_titlesByPerson.TryGetValue(person, out var titles)) _titlesByPerson[person] = titles = new(StringComparer.OrdinalIgnoreCase);
            titles.Add(title);
        }
        return person;
    }

    private readonly Dictionary<string, char> _genders = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (string First, bool Several)> _namedBySentence = [];
    private readonly Dictionary<string, HashSet<string>> _titlesByPerson = new(StringComparer.Ordinal);

    // Only third-person ones: "I put the question to Irina Bazhova" is about her, and "It was Peskov who …" is Peskov.
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "He", "She" };

    private void CountNamed(int sentence, string person)
    {
        if (!_namedBySentence.TryGetValue(sentence, out var named)) _namedBySentence[sentence] = (person, false);
        else if (named.First != person) _namedBySentence[sentence] = (named.First, true);
    }

    /// <summary>The one person a sentence names outside quotation marks (possessives included), or null when it names
    /// none or several.</summary>
    public string? OnlyPersonIn(int sentence) =>
        _namedBySentence.TryGetValue(sentence, out var named) && !named.Several ? named.First : null;

    /// <summary>Whether a sentence names anyone outside quotation marks.</summary>
    public bool NamesAnyone(int sentence) => _namedBySentence.ContainsKey(sentence);

    /// <summary>The title nouns a person was introduced with here ("Foreign Minister X" → minister), maybe none.</summary>
    public IReadOnlySet<string> TitlesOf(string person) =>
        _titlesByPerson.TryGetValue(person, out var titles) ? titles : new HashSet<string>();

    /// <summary>'m' or 'f' when an honorific (Mr./Mrs./Ms.) introduced the person, else '?'.</summary>
    public char GenderOf(string person) => _genders.TryGetValue(person, out var g) ? g : '?';

    private static char HonorificGender(string word) => SpeakerWords.Bare(word).ToLowerInvariant() switch
    {
        "mr" => 'm',
        "mrs" or "ms" or "miss" => 'f',
        _ => '?',
    };

    // "Speaking after X, …" / "After meeting X, …": a sentence opening with a participle or preposition has its
    // subject after the first comma. Returns that comma's position, or -1.
    private static int LeadingPhraseEnd(string text, List<Token> toks)
    {
        if (toks.Count == 0 || !toks[0].IsWord) return -1;
        var first = toks[0].Text(text);
        var leading = LeadingPrepositions.Contains(first) || first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(first[0]);
        if (!leading) return -1;
        for (var k = 1; k < toks.Count && k <= 12; k++)
        {
            if (toks[k].IsWord) continue;
            var c = text[toks[k].Start];
            if (c == ',') return toks[k].Start;
            if (c is '.' or ';' or ':' or '“' or '"' or '”') return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> LeadingPrepositions = WordLists.Set("leading-prepositions", StringComparer.Ordinal);

    private static readonly HashSet<string> NegatedPair = WordLists.Set("negated-pairs");

    private static readonly HashSet<string> TitleNouns = WordLists.Set("title-nouns");

    /// <summary>
    /// The one person introduced with this title before <paramref name="position"/> ("the prime minister" → the
    /// name that followed "Prime Minister"), or null when nobody or more than one person was.
    /// </summary>
    public string? PersonByTitle(string title, int position)
    {
        if (!_personByTitle.TryGetValue(title, out var list)) return null;
        // Two different people introduced with the same role: "the spokesman" could be either, so it stays a role.
        string? only = null;
        foreach (var m in list)
        {
            if (m.Position >= position) break;
            if (only is null) only = m.Name;
            else if (only != m.Name) return null;
        }
        return only;
    }

    private static bool IsNameWord(string text, Token t) => t.IsWord && SpeakerWords.IsNameLike(t.Text(text)) && !char.IsDigit(text[t.Start]);

    private static bool IsInnerParticle(string text, List<Token> toks, int i) =>
        toks[i].IsWord && SpeakerWords.Particles.Contains(toks[i].Text(text)) && i + 1 < toks.Count && IsNameWord(text, toks[i + 1]);
}
