using PeaceBot.Core.Extraction.Vocabulary;
namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>
/// Reads the phrase naming a speaker next to a speech verb: backwards from the verb for "X said" (skipping adverbs and
/// an appositive: "Oleg Ignatov, a senior analyst, said"), forwards for "said X" / "according to X".
/// Titles before a name are dropped ("U.S. Army Secretary Dan Driscoll" → "Dan Driscoll"); a role stands when no name is given.
/// </summary>
internal static class SpeakerPhraseReader
{
    private const int MaxRoleWords = 7;

    private static readonly HashSet<string> Prepositions = WordLists.Set("object-prepositions", StringComparer.Ordinal);
    private const int MaxAppositiveTokens = 24;
    private const int MaxAsideDepth = 3;

    /// <summary>The speaker ending right before token <paramref name="verb"/>, never reading before token <paramref name="floor"/>.</summary>
    public static SpeakerMention? ReadBefore(string text, IReadOnlyList<Token> toks, int verb, int floor, int depth = 0)
    {
        // Asides nest at most a few deep in prose; hostile input could nest them thousands deep.
        if (depth > MaxAsideDepth) return null;
        var i = verb - 1;
        while (i >= floor && toks[i].IsWord && SpeakerWords.Adverbs.Contains(toks[i].Text(text))) i--;
        if (i < floor) return null;
        if (!toks[i].IsWord)
        {
            if (text[toks[i].Start] != ',') return null;
            return ReadBeforeAppositive(text, toks, i, floor, depth);
        }
        var word = toks[i].Text(text);
        if (SpeakerWords.PersonalPronouns.Contains(word))
            return new SpeakerMention(word.ToLowerInvariant(), SpeakerMentionKind.Pronoun, toks[i].Start, toks[i].End);
        // "An Arvenian official in Geneva told": the official, not Geneva.
        if (RolePostmodifier.HeadBefore(text, toks, i, floor) is { } head)
            return Role(text, toks, RoleStart(text, toks, head.Head, floor), head.End) with { End = toks[i].End };
        // A relative clause: "US envoy Mark Fielding, who then claimed …".
        if (word.Equals("who", StringComparison.OrdinalIgnoreCase) && i - 1 > floor && !toks[i - 1].IsWord && text[toks[i - 1].Start] == ',')
            return ReadBefore(text, toks, i - 1, floor, depth + 1) is { Kind: SpeakerMentionKind.Name } named ? named : null;
        if (SpeakerWords.OtherPronouns.Contains(word)) return null;
        if (SpeakerWords.IsNameLike(word) && !SpeakerWords.IsPossessive(word))
        {
            var s = i;
            while (s - 1 >= floor && IsRunWord(text, toks, s - 1)) s--;
            while (s <= i && SpeakerWords.SentenceOpeners.Contains(toks[s].Text(text))) s++;
            // "the mayor of Odesa said": a lone capitalised word after "of" ends a role, it is not a name. ("A diplomat in
            // Vienna said" is read above, as a role and its postmodifier.)
            if (s == i && s - 1 >= floor && toks[s - 1].Text(text) == "of" && s - 2 >= floor && toks[s - 2].IsWord && char.IsLower(text[toks[s - 2].Start]))
                return Role(text, toks, RoleStart(text, toks, s - 2, floor), i);
            // "Prime Minister Halvard Brekke of Norvaine said": the name before "of <place>" is the speaker.
            if (s == i && s - 2 >= floor && toks[s - 1].Text(text) == "of" && IsRunWord(text, toks, s - 2)
                && ReadBefore(text, toks, s - 1, floor, depth + 1) is { Kind: SpeakerMentionKind.Name } named)
                return named with { End = toks[i].End };
            // "leaders meeting at the summit in Johannesburg said": a name after a preposition is its object (a place,
            // a venue, a person met), never the subject of the verb.
            // But "a spokesman for Zelensky", "an adviser to Putin" name a role by the person it serves.
            if (s <= i && s - 1 >= floor && toks[s - 1].IsWord && Prepositions.Contains(toks[s - 1].Text(text)))
            {
                var servesPerson = toks[s - 1].Text(text) is "for" or "to" && s - 2 >= floor && toks[s - 2].IsWord
                    && (Rules.SpeakerHeads.IsPerson(toks[s - 2].Text(text)) || SpeakerWords.IsTitle(toks[s - 2].Text(text)));
                return servesPerson ? Role(text, toks, RoleStart(text, toks, s - 2, floor), i) : null;
            }
            if (s <= i)
            {
                var start = s;
                // Keep a determiner or possessive in front of an institution: "the Kremlin", "Russia's Foreign Ministry".
                return FromRun(text, toks, s, i, () => RoleStart(text, toks, start, floor));
            }
        }
        return ReadRoleBackward(text, toks, i, floor);
    }

    /// <summary>The speaker starting at token <paramref name="first"/> ("said Trump", "said a senior official", "according to the Kremlin").</summary>
    public static SpeakerMention? ReadAfter(string text, IReadOnlyList<Token> toks, int first, int limit)
    {
        if (first >= limit || !toks[first].IsWord) return null;
        var word = toks[first].Text(text);
        if (SpeakerWords.PersonalPronouns.Contains(word))
            return new SpeakerMention(word.ToLowerInvariant(), SpeakerMentionKind.Pronoun, toks[first].Start, toks[first].End);
        // "according to him": the object form after a preposition, resolved like "he".
        if (word.ToLowerInvariant() is "him" or "her" && first > 0 && toks[first - 1].IsWord && toks[first - 1].Text(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            return new SpeakerMention(word.Equals("him", StringComparison.OrdinalIgnoreCase) ? "he" : "she", SpeakerMentionKind.Pronoun, toks[first].Start, toks[first].End);
        // "one" before a noun is a determiner ("said one senior diplomat"), alone it is a pronoun.
        var determinerOne = word.Equals("one", StringComparison.OrdinalIgnoreCase) && first + 1 < limit && toks[first + 1].IsWord;
        if (SpeakerWords.OtherPronouns.Contains(word) && !determinerOne) return null;
        var e = first;
        while (e < limit && e - first < MaxRoleWords && toks[e].IsWord && !StopsRoleForward(text, toks, e, first)) e++;
        if (e == first) return null;
        var last = e - 1;
        // A name at the end of the phrase wins over the role before it: "said the U.S. envoy Steve Witkoff".
        var s = last;
        while (s >= first && IsRunWord(text, toks, s)) s--;
        s++;
        while (s <= last && SpeakerWords.SentenceOpeners.Contains(toks[s].Text(text))) s++;
        if (s <= last && SpeakerWords.IsNameLike(toks[last].Text(text)))
        {
            var byName = FromRun(text, toks, s, last, () => first);
            if (byName.Kind == SpeakerMentionKind.Name) return byName;
        }
        // Appositive name after a role: "said the chancellor, Friedrich Merz".
        if (e + 1 < limit && !toks[e].IsWord && text[toks[e].Start] == ',' && IsRunWord(text, toks, e + 1))
        {
            var n = e + 1;
            while (n + 1 < limit && IsRunWord(text, toks, n + 1)) n++;
            var appositive = FromRun(text, toks, e + 1, n, () => e + 1);
            if (appositive.Kind == SpeakerMentionKind.Name && n > e + 1) return appositive;
        }
        var firstWord = toks[first].Text(text);
        if (!SpeakerWords.Determiners.Contains(firstWord) && !SpeakerWords.IsPossessive(firstWord) && !SpeakerWords.IsNameLike(firstWord))
            return null;
        // "said a source familiar with the matter": the phrase stops at "with"; "familiar" is not part of the role.
        if (last > first && RolePostmodifier.StartsPostmodifier(toks[last].Text(text)) && Rules.SpeakerHeads.IsPerson(toks[last - 1].Text(text)))
            last--;
        return Role(text, toks, first, last);
    }

    private static SpeakerMention? ReadBeforeAppositive(string text, IReadOnlyList<Token> toks, int comma, int floor, int depth)
    {
        var j = comma - 1;
        while (j >= floor && comma - j <= MaxAppositiveTokens && (toks[j].IsWord || text[toks[j].Start] is not (',' or '.' or '"' or '“' or '”' or ':' or ';')))
            j--;
        if (j < floor || comma - j > MaxAppositiveTokens || text[toks[j].Start] != ',' || j - 1 < floor || j + 1 >= comma) return null;
        // "the Hungarian prime minister, Viktor Orbán, told …": the name in the appositive is the speaker.
        if (Enumerable.Range(j + 1, comma - j - 1).All(k => IsRunWord(text, toks, k)) && comma - j - 1 >= 2)
        {
            var named = FromRun(text, toks, j + 1, comma - 1, () => j + 1);
            if (named.Kind == SpeakerMentionKind.Name) return named with { End = toks[comma].Start };
        }
        var inner = ReadBefore(text, toks, j, floor, depth + 1);
        // A role keeps its speech only across a participle aside: "A senior diplomat, speaking on condition of anonymity, said".
        var participle = toks[j + 1].IsWord && toks[j + 1].Text(text).EndsWith("ing", StringComparison.Ordinal);
        // Or across a relative clause about a person: "An official in Geneva, who asked not to be named, said".
        var relative = toks[j + 1].IsWord && toks[j + 1].Text(text).Equals("who", StringComparison.OrdinalIgnoreCase);
        if (relative && inner is not { Kind: SpeakerMentionKind.Name or SpeakerMentionKind.Role }) inner = Rules.RolePhrase.BeforeAside(text, toks, j, floor);
        relative &= inner is { Kind: SpeakerMentionKind.Role } && Rules.SpeakerHeads.IsPerson(Rules.SpeakerHeads.HeadOf(inner.Text));
        return inner is { Kind: SpeakerMentionKind.Name } || (inner is { Kind: SpeakerMentionKind.Role } && (participle || relative))
            ? inner with { End = toks[comma].Start }
            : null;
    }

    private static SpeakerMention? ReadRoleBackward(string text, IReadOnlyList<Token> toks, int last, int floor)
    {
        // "a Ukrainian official familiar with the talks": the role is the head before its postmodifier.
        if (RolePostmodifier.HeadBefore(text, toks, last, floor) is { } head)
            return Role(text, toks, RoleStart(text, toks, head.Head, floor), head.End) with { End = toks[last].End };
        var lastWord = toks[last].Text(text);
        if (SpeakerWords.ClauseWords.Contains(lastWord) || SpeakerWords.Determiners.Contains(lastWord) || SpeakerWords.IsPossessive(lastWord))
            return null;
        var s = RoleStart(text, toks, last, floor);
        return Role(text, toks, s, last);
    }

    // Walks back over a role phrase: stops at a clause word or punctuation, takes a determiner or possessive and stops.
    private static int RoleStart(string text, IReadOnlyList<Token> toks, int from, int floor)
    {
        var s = from;
        while (s - 1 >= floor && from - (s - 1) < MaxRoleWords && toks[s - 1].IsWord)
        {
            var w = toks[s - 1].Text(text);
            if (SpeakerWords.Determiners.Contains(w) || SpeakerWords.IsPossessive(w)) { s--; break; }
            if (SpeakerWords.ClauseWords.Contains(w) || SpeakerWords.SentenceOpeners.Contains(w) && SpeakerWords.IsCapitalized(w)) break;
            s--;
        }
        return s;
    }

    private static bool StopsRoleForward(string text, IReadOnlyList<Token> toks, int i, int first)
    {
        var w = toks[i].Text(text);
        if (i == first) return false;
        return SpeakerWords.ClauseWords.Contains(w) || SpeechVerbs.IsSpeech(w);
    }

    private static bool IsRunWord(string text, IReadOnlyList<Token> toks, int i)
    {
        if (i < 0 || i >= toks.Count || !toks[i].IsWord) return false;
        var w = toks[i].Text(text);
        if (SpeakerWords.IsPossessive(w)) return false;
        if (SpeakerWords.IsNameLike(w)) return true;
        // A particle inside a name: "Ursula von der Leyen".
        return SpeakerWords.Particles.Contains(w) && i + 1 < toks.Count && IsRunWord(text, toks, i + 1);
    }

    // A capitalised run: titles are dropped before the name; a run of titles or an institution is a role.
    private static SpeakerMention FromRun(string text, IReadOnlyList<Token> toks, int s, int e, Func<int> roleStart)
    {
        var name = s;
        for (var k = s; k <= e; k++)
            if (SpeakerWords.IsTitle(toks[k].Text(text))) name = k + 1;
        // "President of Ukraine Volodymyr Zelensky": the place that ends the title is not part of the name.
        while (name < e - 1 && SpeakerWords.IsInstitution(toks[name].Text(text))
               && Enumerable.Range(name + 1, e - name).All(k => !SpeakerWords.IsInstitution(toks[k].Text(text))))
            name++;
        while (name <= e && SpeakerWords.Particles.Contains(toks[name].Text(text)) && !SpeakerWords.IsCapitalized(toks[name].Text(text))) name++;
        var isInstitution = false;
        for (var k = name; k <= e; k++)
            isInstitution |= SpeakerWords.IsInstitution(toks[k].Text(text));
        if (name > e || isInstitution)
            return Role(text, toks, Math.Min(roleStart(), s), e);
        var mention = text.Substring(toks[name].Start, toks[e].End - toks[name].Start);
        return new SpeakerMention(mention, SpeakerMentionKind.Name, toks[s].Start, toks[e].End);
    }

    private static SpeakerMention Role(string text, IReadOnlyList<Token> toks, int s, int e)
    {
        var phrase = text.Substring(toks[s].Start, toks[e].End - toks[s].Start);
        // A sentence-initial "The Kremlin" names the same speaker as "the Kremlin".
        if (phrase.StartsWith("The ", StringComparison.Ordinal)) phrase = "the" + phrase[3..];
        else if (phrase.StartsWith("A ", StringComparison.Ordinal) || phrase.StartsWith("An ", StringComparison.Ordinal)) phrase = "a" + phrase[1..];
        return new SpeakerMention(phrase, SpeakerMentionKind.Role, toks[s].Start, toks[e].End);
    }
}
