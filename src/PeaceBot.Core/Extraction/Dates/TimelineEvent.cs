using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>
/// A dated event: the sentence holding a resolved date, extended over the following sentences of the same paragraph
/// that carry on its story without a date of their own. <see cref="Range"/> is the verbatim snippet.
/// </summary>
public sealed record TimelineEvent(TextRange Range, PartialDate Date, int FirstSentence);
