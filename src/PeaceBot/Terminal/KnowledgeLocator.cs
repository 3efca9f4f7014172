namespace PeaceBot.Terminal;

/// <summary>
/// Finds the knowledge folder: the one given, else <c>PEACEBOT_KNOWLEDGE</c> / <c>Knowledge__Folder</c>, else the
/// nearest <c>knowledge/</c> above the working directory or the executable (the repo's bundled one).
/// </summary>
public static class KnowledgeLocator
{
    public static string? Find(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return Path.GetFullPath(given);
        foreach (var variable in new[] { "PEACEBOT_KNOWLEDGE", "Knowledge__Folder" })
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnv) return Path.GetFullPath(fromEnv);
        return Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory);
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
