namespace PeaceBot.Storage;

/// <summary>Votes on one command: how many found it helpful and not, with the latest answer it got.</summary>
public sealed record VoteSummary(string Command, int Up, int Down, QuestionRecord Latest);
