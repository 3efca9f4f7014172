using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Turns a speaker as written into the name PeaceBot shows: aliases give canonical names, a surname becomes the full
/// name introduced earlier, and "he"/"she" becomes the subject of the sentence before (or the person quoted in the
/// same or a more recent sentence). Feed mentions in document order: it remembers the last person quoted.
/// </summary>
internal sealed class SpeakerResolver(AliasTable aliases, NameRegistry names)
{
    private const int PronounReachSentences = 2;
    private const int SubjectReachSentences = 3;

    private (string Name, int Sentence)? _lastPerson;

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Analysts", "Officials", "Experts", "Diplomats", "Critics", "Observers", "Sources", "Residents", "Lawmakers",
        "Leaders", "Negotiators", "Ukrainians", "Russians", "Europeans", "Americans", "Skeptics", "Sceptics", "Insiders",
        "Economists", "Commentators", "Officers", "Soldiers", "Activists", "Protesters", "Investors", "Markets",
    };

    public string? Resolve(SpeakerMention mention, int sentence)
    {
        switch (mention.Kind)
        {
            case SpeakerMentionKind.Role:
                // "the prime minister" after "Prime Minister Keir Starmer" is him; "a senior diplomat" stays a role.
                var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is 2 or 3 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)
                    && names.PersonByTitle(words[^1], mention.Start) is { } titled)
                    return Remember(titled, sentence);
                return mention.Text;
            case SpeakerMentionKind.SentenceSubject when names.SubjectOf(sentence) is { } opener:
                return Remember(opener, sentence);
            case SpeakerMentionKind.OpeningSubject:
                return names.OpenerOf(sentence) is { } first ? Remember(first, sentence) : null;
            case SpeakerMentionKind.ClauseSubject:
                return names.SubjectOf(sentence) is { } about ? Remember(about, sentence) : null;
            case SpeakerMentionKind.Pronoun or SpeakerMentionKind.SentenceSubject:
                // "“…,” Trump said, “…,” he added": the speaker of the sentence itself.
                if (_lastPerson is { } same && same.Sentence == sentence) return Remember(same.Name, sentence);
                // Else the subject of the sentence before, unless someone was quoted more recently than it.
                var subject = names.SubjectBefore(sentence, SubjectReachSentences);
                var near = _lastPerson is { } last && sentence - last.Sentence <= PronounReachSentences ? _lastPerson : null;
                if (subject is { } s && (near is null || s.Sentence >= near.Value.Sentence)) return Remember(s.Name, sentence);
                if (near is { } n) return Remember(n.Name, sentence);
                return _lastPerson is { } any ? Remember(any.Name, sentence) : null;
            default:
                var person = names.PersonFor(mention.Text, mention.Start);
                if (person is not null) return Remember(person, sentence);
                // A lone capitalised word nobody introduced: "Analysts" is shown as written and is no pronoun target;
                // a surname ("Witkoff told reporters. He added …") is someone, and "he" may point back to them.
                var shown = aliases.Canonicalize(SpeakerNames.NormalizeCaps(mention.Text));
                return GroupNouns.Contains(mention.Text) ? shown : Remember(shown, sentence);
        }
    }

    private string Remember(string name, int sentence)
    {
        _lastPerson = (name, sentence);
        return name;
    }
}
