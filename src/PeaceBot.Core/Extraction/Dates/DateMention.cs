using PeaceBot.Core.Dates;
using PeaceBot.Core.Text;

namespace PeaceBot.Core.Extraction.Dates;

/// <summary>A date expression in the text ("March 12, 2025", "in February", "late November") resolved to a date.</summary>
/// <param name="IsRelative">True when the year (or month) came from the publication date or context, not the words.</param>
public sealed record DateMention(TextRange Range, PartialDate Date, bool IsRelative);
