namespace PeaceBot.Core.Extraction.Dates;

/// <summary>How a month without a year relates to the publication month: "in March", "last March", "next March", "this March".</summary>
internal enum MonthAnchor
{
    Nearest,
    Last,
    Next,
    This,
}
