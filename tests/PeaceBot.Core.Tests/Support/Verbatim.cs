using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Tests.Support;

/// <summary>The extractive promise: every snippet stands in its cited file, whitespace aside.</summary>
public static class Verbatim
{
    public static void AssertAllIn(string folder, Answer answer)
    {
        foreach (var r in answer.Results)
        {
            var path = Path.Combine(folder, r.Source.File);
            Assert.True(File.Exists(path), $"cited file {r.Source.File} does not exist");
            var file = Squash(File.ReadAllText(path));
            Assert.True(file.Contains(Squash(r.Text), StringComparison.Ordinal),
                $"snippet is not verbatim in {r.Source.File}: {r.Text}");
        }
    }

    private static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
