using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Core.Extraction.Vocabulary;

/// <summary>
/// The word lists extraction and search read (speech verbs, titles, institutions, synonyms …), kept as text files
/// beside this class (<c>Extraction/Vocabulary/*.txt</c>, embedded in the assembly): one word or phrase a line,
/// <c>#</c> starts a comment, blank lines are skipped. Read once, on first use. <see cref="Hash"/> joins the on-disk
/// index key, so an index extracted with other lists is rebuilt rather than reused.
/// </summary>
internal static class WordLists
{
    private const string Prefix = "PeaceBot.Core.Vocabulary.";
    private const string Suffix = ".txt";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Loaded = new(Load);
    private static readonly Lazy<string> Hashed = new(ComputeHash);

    /// <summary>Every list's name (the file name without ".txt"), in ordinal order.</summary>
    public static IReadOnlyList<string> Names => Loaded.Value.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>A SHA-256 over every list's name and lines (comments and blank lines excluded), lower-case hex.</summary>
    public static string Hash => Hashed.Value;

    /// <summary>The lines of one list, in file order.</summary>
    /// <exception cref="InvalidOperationException">No such list is embedded.</exception>
    public static IReadOnlyList<string> Lines(string name) =>
        Loaded.Value.TryGetValue(name, out var lines)
            ? lines
            : throw new InvalidOperationException($"no word list '{name}' is embedded (expected Extraction/Vocabulary/{name}{Suffix})");

    /// <summary>One list as a set; case-insensitive unless <paramref name="comparer"/> says otherwise.</summary>
    public static HashSet<string> Set(string name, StringComparer? comparer = null) =>
        new(Lines(name), comparer ?? StringComparer.OrdinalIgnoreCase);

    /// <summary>A list whose lines are groups ("a, b, c"): each line's comma-separated words.</summary>
    public static IReadOnlyList<string[]> Groups(string name) =>
        Lines(name).Select(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>A file's lines without comments, surrounding white space and blank lines.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Load()
    {
        var assembly = typeof(WordLists).Assembly;
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal)) continue;
            lists[resource[Prefix.Length..^Suffix.Length]] = Parse(Read(assembly, resource));
        }
        return lists;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded word list {resource} cannot be read");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string ComputeHash()
    {
        var text = new StringBuilder();
        foreach (var name in Names)
        {
            text.Append('[').Append(name).Append("]\n");
            foreach (var line in Lines(name)) text.Append(line).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
