using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Index;

/// <summary>Two plans both marked default: the one at the first file path is the default, the other is not.</summary>
public sealed class SnapshotReaderDefaultPlanTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "peacebot-defaults-" + Guid.NewGuid().ToString("N"));

    private void Plan(string file, string id, string name, params string[] points)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "plans"));
        var body = string.Join('\n', points.Select((p, i) => $"{i + 1}. {p}"));
        File.WriteAllText(Path.Combine(_folder, "plans", file), $"---\ntitle: {name}\nkind: plan\nplan: {id}\nplan_name: {name}\ndefault: true\n---\n{body}\n");
    }

    [Fact]
    public async Task Only_the_first_path_is_the_default()
    {
        Plan("b.md", "aaa-1", "First-id plan", "A single point about grain.");
        Plan("a.md", "zzz-2", "First-path plan", "Troops pull back.", "Monitors arrive.");
        using var service = new KnowledgeService(_folder);
        await service.ReloadAsync();
        var engine = new PeaceBotEngine(service);

        var list = await engine.AnswerAsync(new AnswerRequest("/plan", "test", 1, 10));
        Assert.Equal(["zzz-2", "aaa-1"], list.Results.Select(r => r.Plan));
        Assert.Contains("zzz-2: First-path plan (2 points), the default", list.Message, StringComparison.Ordinal);
        Assert.Contains("aaa-1: First-id plan (1 point)\n", list.Message, StringComparison.Ordinal);

        var point = await engine.AnswerAsync(new AnswerRequest("/plan point 1", "test", 1, 10));
        Assert.Equal("zzz-2", point.Results[0].Plan);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
