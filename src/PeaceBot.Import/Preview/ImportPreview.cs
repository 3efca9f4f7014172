namespace PeaceBot.Import.Preview;

/// <summary>
/// What the bot will make of an imported file, found by the core's own loader and extractors (the same as
/// <c>check</c> and serving use): title, date, passages, quotes with their speakers, dated events and problems.
/// </summary>
public sealed record ImportPreview(
    string FileName,
    string Title,
    string? Published,
    string? PublishedFrom,
    int Passages,
    IReadOnlyList<(string? Speaker, string Quote)> Quotes,
    IReadOnlyList<(string Date, string Text)> Events,
    IReadOnlyList<string> Problems);
