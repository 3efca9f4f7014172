using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Turns a speaker as written into the name PeaceBot shows: aliases give canonical names, a surname becomes the full
/// name introduced earlier, and "he"/"she" becomes the person last quoted nearby, else the person the preceding
/// sentences name. Feed mentions in document order: it remembers the last person quoted.
/// </summary>
internal sealed class SpeakerResolver(AliasTable aliases, NameRegistry names)
{
    private const int PronounReachSentences = 2;
    private const int SubjectReachSentences = 3;

    private (string Name, int Sentence)? _lastPerson;

    public string? Resolve(SpeakerMention mention, int sentence)
    {
        switch (mention.Kind)
        {
            case SpeakerMentionKind.Role:
                return mention.Text;
            case SpeakerMentionKind.Pronoun:
                if (_lastPerson is { } near && sentence - near.Sentence <= PronounReachSentences) return Remember(near.Name, sentence);
                if (names.SubjectBefore(sentence, SubjectReachSentences) is { } subject) return Remember(subject, sentence);
                return _lastPerson is { } any ? Remember(any.Name, sentence) : null;
            default:
                var person = names.PersonFor(mention.Text, mention.Start);
                if (person is not null) return Remember(person, sentence);
                // A lone capitalised word nobody introduced ("Analysts"): shown as written, not a pronoun target.
                return aliases.Canonicalize(SpeakerNames.NormalizeCaps(mention.Text));
        }
    }

    private string Remember(string name, int sentence)
    {
        _lastPerson = (name, sentence);
        return name;
    }
}
