using PeaceBot.Core.Knowledge;

namespace PeaceBot.Import.Writing;

/// <summary>
/// The folder imports write to. Re-importing an address rewrites the file that records it; a new article gets a
/// file named from its title (a number is added when another article holds that name). Writes are atomic (a
/// temporary file renamed into place), so the knowledge watcher never sees half a file. Only this folder's own files
/// can be listed or removed.
/// </summary>
public sealed class ImportFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public sealed record Entry(string FileName, string Title, string? Published, string? Url);

    /// <summary>The file to write: the one already recording one of <paramref name="urls"/>, else a free name from the title.</summary>
    public (string FileName, bool Exists) Choose(string title, IEnumerable<string?> urls)
    {
        var wanted = urls.Select(ImportUrl.Normalize).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
            foreach (var entry in List())
                if (ImportUrl.Normalize(entry.Url) is { } u && wanted.Contains(u)) return (entry.FileName, true);
        var slug = FileNames.Slug(title);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{slug}.md" : $"{slug}-{n}.md";
            if (!File.Exists(System.IO.Path.Combine(Path, name))) return (name, false);
        }
    }

    public IReadOnlyList<Entry> List()
    {
        if (!Directory.Exists(Path)) return [];
        var entries = new List<Entry>();
        foreach (var file in Directory.EnumerateFiles(Path).Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(file);
            if (FileNames.AsKnowledgeFileName(name) is null) continue;
            var header = ReadHeader(file, name);
            entries.Add(new Entry(name, header?.Title ?? name, header?.Published?.ToString(), header?.Url));
        }
        return entries;
    }

    public void Write(string fileName, string text)
    {
        Directory.CreateDirectory(Path);
        var target = Inside(fileName) ?? throw new ImportRefusedException($"'{fileName}' is not a file name of the import folder");
        var temp = System.IO.Path.Combine(Path, $".{fileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new ImportRefusedException($"the file could not be written to the import folder: {e.Message}", e);
        }
    }

    /// <summary>Deletes one of this folder's files; null when done, else why not.</summary>
    public string? Remove(string? fileName)
    {
        var name = FileNames.AsKnowledgeFileName(fileName);
        if (name is null || Inside(name) is not { } full)
            return $"'{fileName}' is not an imported file name; /knowledge list shows them";
        if (!File.Exists(full)) return $"there is no imported file '{name}'; /knowledge list shows them";
        try
        {
            File.Delete(full);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"'{name}' could not be removed: {e.Message}";
        }
    }

    private string? Inside(string fileName)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, fileName));
        return System.IO.Path.GetDirectoryName(full) == Path.TrimEnd(System.IO.Path.DirectorySeparatorChar) ? full : null;
    }

    private static FrontMatter? ReadHeader(string file, string name)
    {
        try
        {
            using var reader = new StreamReader(file);
            var buffer = new char[FrontMatterParser.MaxHeaderChars + 64];
            var n = reader.ReadBlock(buffer, 0, buffer.Length);
            return FrontMatterParser.Parse(new string(buffer, 0, n).Replace("\r\n", "\n"), name).FrontMatter;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
