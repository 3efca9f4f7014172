namespace PeaceBot.Tests.Conventions;

/// <summary>The repository's root, found from the test's own location (tests never read outside the repo).</summary>
public static class RepositoryLayout
{
    public static string Root { get; } = Find();

    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PeaceBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("PeaceBot.sln not found above the test output");
    }
}
