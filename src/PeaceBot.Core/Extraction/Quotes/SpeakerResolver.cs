using PeaceBot.Core.Extraction.Vocabulary;
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

    private static readonly HashSet<string> GroupNouns = WordLists.Set("group-nouns");

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
                return ResolvePronoun(GenderOf(mention.Text), sentence);
            default:
                var person = names.PersonFor(mention.Text, mention.Start);
                if (person is not null) return Remember(person, sentence);
                // A lone capitalised word nobody introduced: "Analysts" is shown as written and is no pronoun target;
                // a surname ("Witkoff told reporters. He added …") is someone, and "he" may point back to them.
                var shown = aliases.Canonicalize(SpeakerNames.NormalizeCaps(mention.Text));
                return GroupNouns.Contains(mention.Text) ? shown : Remember(shown, sentence);
        }
    }

    // "he"/"she" resolve only to someone whose gender is unknown or the same: a person earlier called "she" is never
    // the "he" of a later quote. When the usual candidate is ruled out, the other is tried; else abstain.
    private string? ResolvePronoun(char gender, int sentence)
    {
        // "“…,” Trump said, “…,” he added": the speaker of the sentence itself.
        if (_lastPerson is { } same && same.Sentence == sentence && Compatible(same.Name, gender)) return RememberAs(same.Name, sentence, gender);
        // Else the subject of the sentence before, unless someone was quoted more recently than it.
        // The nearest compatible subject: a "he" skips a woman opening the sentence before to the man before her.
        var subject = names.SubjectBefore(sentence, SubjectReachSentences);
        while (subject is { } sub && !Compatible(sub.Name, gender))
        {
            var reach = SubjectReachSentences - (sentence - sub.Sentence);
            subject = reach > 0 ? names.SubjectBefore(sub.Sentence, reach) : null;
        }
        var near = _lastPerson is { } last && sentence - last.Sentence <= PronounReachSentences && Compatible(last.Name, gender) ? _lastPerson : null;
        if (subject is { } s && (near is null || s.Sentence >= near.Value.Sentence)) return RememberAs(s.Name, sentence, gender);
        if (near is { } n) return RememberAs(n.Name, sentence, gender);
        return _lastPerson is { } any && Compatible(any.Name, gender) ? RememberAs(any.Name, sentence, gender) : null;
    }

    private readonly Dictionary<string, char> _genders = new(StringComparer.Ordinal);

    private static char GenderOf(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" => 'm',
        "she" or "her" or "hers" => 'f',
        _ => '?',
    };

    private bool Compatible(string name, char gender)
    {
        if (gender == '?') return true;
        var known = _genders.TryGetValue(name, out var g) ? g : names.GenderOf(name);
        return known == '?' || known == gender;
    }

    private string RememberAs(string name, int sentence, char gender)
    {
        if (gender != '?') _genders.TryAdd(name, gender);
        return Remember(name, sentence);
    }

    private string Remember(string name, int sentence)
    {
        _lastPerson = (name, sentence);
        return name;
    }
}
