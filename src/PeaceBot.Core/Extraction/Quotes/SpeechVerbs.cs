namespace PeaceBot.Core.Extraction.Quotes;

/// <summary>The verbs news prose uses to attribute words to someone, as a regex alternation.</summary>
internal static class SpeechVerbs
{
    public const string Pattern =
        @"(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|warned|warns|argued|argues|insisted|insists|" +
        @"claimed|claims|wrote|writes|posted|posts|tweeted|declared|declares|remarked|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|" +
        @"explained|explains|acknowledged|acknowledges|announced|announces|asked|asks|replied|replies|responded|quipped|quips|" +
        @"observed|observes|joked|jokes|conceded|concedes|suggested|suggests|hoped|hopes|predicted|predicts|recalled|continued|" +
        @"mentioned|confirmed|confirms|vowed|vows|pledged|urged|urges|admitted|admits|commented|comments|countered|counters|" +
        @"doubled\s+down|shot\s+back|went\s+on|put\s+it|described|describes|called|calls|believes|believed|thinks|thought|" +
        @"cautioned|cautions|concluded|concludes|contended|maintained|maintains|reiterated|reiterates|repeated|repeats|underlined|" +
        @"pointed\s+out|points\s+out|spoke|speaking|wrote\s+on\s+\w+|told\s+reporters|said\s+in\s+a\s+statement)";

    /// <summary>Words that may stand between a subject and its verb ("Trump later posted", "who then claimed").</summary>
    public const string Adverbs = @"(?:(?:later|then|also|even|again|once|recently|reportedly|publicly|has|had|have|would|had\s+earlier|earlier|previously|further|simply|bluntly|flatly|repeatedly|pointedly)\s+){0,2}";
}
