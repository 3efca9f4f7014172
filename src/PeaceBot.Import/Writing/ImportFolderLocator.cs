namespace PeaceBot.Import.Writing;

/// <summary>
/// Where imports go: the configured folder (<c>Knowledge:ImportFolder</c>; a relative one is taken inside the
/// knowledge folder), else <c>imported/</c> inside the knowledge folder when that folder is writable.
/// </summary>
public static class ImportFolderLocator
{
    public const string DefaultName = "imported";

    /// <returns>The folder, or null with <paramref name="error"/> saying why there is none.</returns>
    public static string? Find(string? configured, string? knowledgeFolder, out string? error)
    {
        error = null;
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(Path.IsPathRooted(configured) || knowledgeFolder is null ? configured : Path.Combine(knowledgeFolder, configured));
        if (knowledgeFolder is null)
        {
            error = "no knowledge folder found; give --to DIR or set Knowledge:ImportFolder";
            return null;
        }
        var folder = Path.Combine(knowledgeFolder, DefaultName);
        if (IsWritable(Directory.Exists(folder) ? folder : knowledgeFolder)) return Path.GetFullPath(folder);
        error = $"the knowledge folder '{knowledgeFolder}' is read-only; set Knowledge:ImportFolder to a writable folder (in the container: the imported volume)";
        return null;
    }

    private static bool IsWritable(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
