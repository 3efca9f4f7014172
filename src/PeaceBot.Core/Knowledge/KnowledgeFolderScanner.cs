namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Lists the knowledge files of a folder: <c>**/*.md</c> and <c>**/*.txt</c> except READMEs, hidden folders and links to folders
/// (which could loop). Paths come back relative, with '/' separators, sorted for a stable order.
/// </summary>
public static class KnowledgeFolderScanner
{
    public const int MaxDepth = 16;
    public static readonly string[] AliasFileNames = ["aliases.yaml", "aliases.yml"];

    public sealed record Entry(string FullPath, string RelativePath);

    public sealed record Listing(IReadOnlyList<Entry> Files, Entry? AliasFile, IReadOnlyList<KnowledgeProblem> Problems);

    public static Listing Scan(string root)
    {
        var files = new List<Entry>();
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(root))
        {
            problems.Add(new KnowledgeProblem(".", 0, $"knowledge folder '{root}' does not exist"));
            return new Listing(files, null, problems);
        }
        var fullRoot = Path.GetFullPath(root);
        Walk(fullRoot, fullRoot, 0, files, problems);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));

        Entry? aliases = null;
        foreach (var name in AliasFileNames)
        {
            var path = Path.Combine(fullRoot, name);
            if (File.Exists(path)) { aliases = new Entry(path, name); break; }
        }
        return new Listing(files, aliases, problems);
    }

    private static void Walk(string root, string dir, int depth, List<Entry> files, List<KnowledgeProblem> problems)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(dir).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new KnowledgeProblem(Relative(root, dir), 0, $"folder could not be read: {e.Message}"));
            return;
        }

        foreach (var path in entries)
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info is DirectoryInfo)
            {
                if (info.LinkTarget is not null)
                    problems.Add(new KnowledgeProblem(Relative(root, path), 0, "skipped: a link to a folder (links could loop); copy the files instead"));
                else if (depth + 1 > MaxDepth)
                    problems.Add(new KnowledgeProblem(Relative(root, path), 0, $"skipped: folders nest deeper than {MaxDepth} levels"));
                else
                    Walk(root, path, depth + 1, files, problems);
                continue;
            }
            if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) continue;
            if (Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase)) continue;
            files.Add(new Entry(path, Relative(root, path)));
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
