namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Lists the knowledge files of a folder: <c>**/*.md</c> and <c>**/*.txt</c> except READMEs, hidden folders and links to folders
/// (which could loop). A link to a file is followed only when its real path stays inside the folder. Paths come back
/// relative, with '/' separators (a backslash is an ordinary character of a Unix file name), sorted for a stable order.
/// The folder itself missing, and every subfolder that could not be read, are told apart from an empty folder, so a
/// reload can keep what it had there instead of dropping it.
/// </summary>
public static class KnowledgeFolderScanner
{
    public const int MaxDepth = 16;
    public static readonly string[] AliasFileNames = ["aliases.yaml", "aliases.yml"];

    public sealed record Entry(string FullPath, string RelativePath);

    /// <param name="RootProblem">Why the folder itself could not be listed; null when it was.</param>
    /// <param name="UnreadableFolders">Relative paths of subfolders that could not be listed ("plans").</param>
    public sealed record Listing(IReadOnlyList<Entry> Files, Entry? AliasFile, IReadOnlyList<KnowledgeProblem> Problems,
        string? RootProblem = null, IReadOnlyList<string>? UnreadableFolders = null)
    {
        public IReadOnlyList<string> Unreadable => UnreadableFolders ?? [];

        /// <summary>True when <paramref name="relativePath"/> lies in a folder this listing could not see into.</summary>
        public bool IsHidden(string relativePath) =>
            RootProblem is not null || Unreadable.Any(d => relativePath.StartsWith(d + "/", StringComparison.Ordinal));
    }

    public static Listing Scan(string root) => Scan(root, dir => Directory.EnumerateFileSystemEntries(dir).ToList());

    /// <param name="list">Lists one folder; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</param>
    internal static Listing Scan(string root, Func<string, IReadOnlyList<string>> list)
    {
        var files = new List<Entry>();
        var problems = new List<KnowledgeProblem>();
        var unreadable = new List<string>();
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            var why = $"knowledge folder '{fullRoot}' does not exist; the last good knowledge keeps serving";
            problems.Add(new KnowledgeProblem(".", 0, why));
            return new Listing(files, null, problems, why, unreadable);
        }
        var walk = new Walker(fullRoot, RealPath(fullRoot), list, files, problems, unreadable);
        if (!walk.Folder(fullRoot, 0))
        {
            var why = $"knowledge folder '{fullRoot}' could not be read; the last good knowledge keeps serving";
            return new Listing([], null, problems, why, unreadable);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));

        Entry? aliases = null;
        foreach (var name in AliasFileNames)
        {
            var path = Path.Combine(fullRoot, name);
            if (File.Exists(path)) { aliases = new Entry(path, name); break; }
        }
        return new Listing(files, aliases, problems, null, unreadable);
    }

    private sealed record Walker(string Root, string RealRoot, Func<string, IReadOnlyList<string>> List,
        List<Entry> Files, List<KnowledgeProblem> Problems, List<string> Unreadable)
    {
        /// <summary>Walks one folder; false when it could not be listed (reported).</summary>
        public bool Folder(string dir, int depth)
        {
            IReadOnlyList<string> entries;
            try
            {
                entries = List(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var relative = Relative(Root, dir);
                Problems.Add(new KnowledgeProblem(relative, 0, $"folder could not be read ({e.Message}); its files keep their last good version"));
                if (relative != ".") Unreadable.Add(relative);
                return false;
            }

            foreach (var path in entries)
            {
                var name = Path.GetFileName(path);
                if (name.StartsWith('.')) continue;
                if (Directory.Exists(path))
                {
                    var info = new DirectoryInfo(path);
                    if (info.LinkTarget is not null)
                        Problems.Add(new KnowledgeProblem(Relative(Root, path), 0, "skipped: a link to a folder (links could loop); copy the files instead"));
                    else if (depth + 1 > MaxDepth)
                        Problems.Add(new KnowledgeProblem(Relative(Root, path), 0, $"skipped: folders nest deeper than {MaxDepth} levels"));
                    else
                        Folder(path, depth + 1);
                    continue;
                }
                if (!name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) continue;
                if (Path.GetFileNameWithoutExtension(name).Equals("README", StringComparison.OrdinalIgnoreCase)) continue;
                if (LinkLeavesFolder(path) is { } refusal)
                {
                    Problems.Add(new KnowledgeProblem(Relative(Root, path), 0, refusal));
                    continue;
                }
                Files.Add(new Entry(path, Relative(Root, path)));
            }
            return true;
        }

        private string? LinkLeavesFolder(string path)
        {
            FileSystemInfo? target;
            try
            {
                if (new FileInfo(path).LinkTarget is null) return null;
                target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            }
            catch (IOException e)
            {
                return $"refused: a link that cannot be followed ({e.Message})";
            }
            if (target is null || !target.Exists) return "refused: a link to nothing";
            try
            {
                return Inside(RealRoot, RealPath(target.FullName)) ? null : "refused: a link to a file outside the knowledge folder";
            }
            catch (IOException e)
            {
                return $"refused: a link that cannot be followed ({e.Message})";
            }
        }
    }

    private static bool Inside(string root, string path) =>
        path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every linked folder along it resolved, so '/k/inner/x.md' with inner → /etc reads as '/etc/x.md'.</summary>
    internal static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } link)
            {
                if (depth >= 40) throw new IOException("too many levels of links");
                next = RealPath(Path.IsPathRooted(link) ? link : Path.Combine(real, link), depth + 1);
            }
            real = next;
        }
        return real;
    }

    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
