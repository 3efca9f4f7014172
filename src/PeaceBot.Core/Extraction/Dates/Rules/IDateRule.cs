namespace PeaceBot.Core.Extraction.Dates.Rules;

/// <summary>One family of date expressions. Finds them in a sentence; ranges are offsets into that sentence.</summary>
internal interface IDateRule
{
    IEnumerable<DateMention> Find(string sentence, DateContext context);
}
