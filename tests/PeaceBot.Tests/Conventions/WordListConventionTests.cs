using System.Text.RegularExpressions;

namespace PeaceBot.Tests.Conventions;

/// <summary>
/// The core's word lists (src/PeaceBot.Core/Extraction/Vocabulary/*.txt) and the code that reads them agree: every
/// list the code names by <c>WordLists.Set/Lines/Groups("…")</c> is a file there, and every file there is read.
/// </summary>
public sealed partial class WordListConventionTests
{
    private static readonly string Folder = Path.Combine(RepositoryLayout.Root, "src", "PeaceBot.Core", "Extraction", "Vocabulary");

    [GeneratedRegex("""WordLists\.(?:Set|Lines|Groups)\("([a-z0-9-]+)"[,)]""")]
    private static partial Regex ListReference();

    private static SortedSet<string> Read() =>
        new(RepositoryLayout.SourceFiles(Path.Combine("src", "PeaceBot.Core"))
            .SelectMany(f => ListReference().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)), StringComparer.Ordinal);

    private static SortedSet<string> Files() =>
        new(Directory.EnumerateFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>(), StringComparer.Ordinal);

    [Fact]
    public void Every_list_the_code_names_is_a_file()
    {
        var missing = Read().Except(Files()).ToList();
        Assert.True(missing.Count == 0, "named in code but no Vocabulary/<name>.txt: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_list_file_is_read_by_the_code()
    {
        var unread = Files().Except(Read()).ToList();
        Assert.True(unread.Count == 0, "Vocabulary files no code reads: " + string.Join(", ", unread));
    }
}
