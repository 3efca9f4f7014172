namespace PeaceBot.Core.Search;

/// <summary>One who-said hit and how it matched.</summary>
internal sealed record QuoteMatch(SearchHit Hit, QuoteMatchKind Kind);
