using PeaceBot.Storage;

namespace PeaceBot.Tests.Storage;

/// <summary>Rows for the storage tests (made-up commands; no user ids anywhere).</summary>
public static class StorageTestData
{
    public static QuestionRecord Question(string command, DateTimeOffset at, string outcome = "Answered", string? token = null) =>
        new(at, token ?? Guid.NewGuid().ToString("N")[..16], "slack", command, "ask", outcome, "The bot said this.", ["a.md", "b.md"], "hash1");

    public static string TempDb() => Path.Combine(Directory.CreateTempSubdirectory("peacebot-store-").FullName, "bot.db");
}
