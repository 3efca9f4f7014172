using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Knowledge;

/// <summary>The bundled aliases.yaml makes a search for one spelling of a place find the others (each query word
/// appears in the expected passage only under its other spelling).</summary>
public sealed class BundledPlaceAliasTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "peacebot-places-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("/ask Türkiye", "Istanbul, Turkey")]
    [InlineData("/ask Turkey", "hosted by Türkiye")]
    [InlineData("/ask Kiev", "convoy reached Kyiv")]
    [InlineData("/ask Donbass", "shelling across the Donbas")]
    public async Task A_place_is_found_under_its_other_spelling(string command, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "articles"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "bundled-knowledge", "aliases.yaml"), Path.Combine(_folder, "aliases.yaml"));
        File.WriteAllText(Path.Combine(_folder, "articles", "places.md"),
            "---\ntitle: Places\npublished: 2025-11-02\n---\nThe mediators gathered in Istanbul, Turkey, for a quiet round.\n\n" +
            "A second round of mediators was hosted by Türkiye a month later.\n\nThe aid convoy reached Kyiv before dawn.\n\n" +
            "Monitors reported shelling across the Donbas overnight.\n");
        using var service = new KnowledgeService(_folder);
        await service.ReloadAsync();
        var answer = await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest(command, "test", 1, 5));
        Assert.Contains(answer.Results, r => r.Text.Contains(expected, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
