using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Tests.Engine;

/// <summary>
/// Two files with one plan id, or two default plans: the first path in ordinal order wins and the other is reported,
/// the same on a first load (what <c>check</c> does), in a running service after a reload, and after a restart.
/// </summary>
public sealed class PlanClaimsTests : IDisposable
{
    private const string Original = "plans/pact.md";
    private const string Copy = "plans/pact-copy.md"; // '-' sorts before '.', so the copy is the first path

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("peacebot-plans-");
    private string Knowledge => Path.Combine(_root.FullName, "knowledge");
    private string IndexPath => Path.Combine(_root.FullName, "index");

    public PlanClaimsTests()
    {
        Directory.CreateDirectory(Path.Combine(Knowledge, "plans"));
        Write(Original, "pact", "The original first point on river crossings.");
    }

    [Fact]
    public async Task A_first_load_keeps_the_first_path_and_reports_the_other()
    {
        Write(Copy, "pact", "The copied first point on mountain passes.");
        using var service = new KnowledgeService(Knowledge);
        var report = await service.ReloadAsync();

        AssertCopyWins(report, await PointOne(service));
    }

    [Fact]
    public async Task A_running_service_switches_to_the_first_path_when_it_appears()
    {
        using var service = new KnowledgeService(Knowledge);
        await service.ReloadAsync();
        Assert.Contains("river crossings", await PointOne(service));

        Write(Copy, "pact", "The copied first point on mountain passes.");
        var report = await service.ReloadAsync();
        AssertCopyWins(report, await PointOne(service));

        // A reload with nothing new decides the same and reports it once.
        var again = await service.ReloadAsync();
        AssertCopyWins(again, await PointOne(service));
    }

    [Fact]
    public async Task The_other_file_comes_back_when_the_first_path_goes()
    {
        Write(Copy, "pact", "The copied first point on mountain passes.");
        using var service = new KnowledgeService(Knowledge);
        await service.ReloadAsync();

        File.Delete(Path.Combine(Knowledge, Copy));
        var report = await service.ReloadAsync();

        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("duplicate plan id"));
        Assert.Contains("river crossings", await PointOne(service));
    }

    [Fact]
    public async Task A_restart_decides_as_the_running_service_did()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
        {
            await first.ReloadAsync();
            Write(Copy, "pact", "The copied first point on mountain passes.");
            AssertCopyWins(await first.ReloadAsync(), await PointOne(first));
        }

        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var report = await second.ReloadAsync();
        AssertCopyWins(report, await PointOne(second));
    }

    [Fact]
    public async Task Two_default_plans_are_reported_and_the_first_path_is_the_default()
    {
        Write("plans/alpha.md", "alpha", "Alpha's first point on grain.", isDefault: true);
        Write("plans/beta.md", "beta", "Beta's first point on coal.", isDefault: true);
        using var service = new KnowledgeService(Knowledge);
        var report = await service.ReloadAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal("plans/beta.md", problem.File);
        Assert.Equal("a second plan marked 'default: true': plans/alpha.md (the first path) is the default, so 'beta' is not; mark only one plan as default", problem.Message);
        var list = await Ask(service, "/plan list");
        Assert.Single(list.Message.Split('\n'), l => l.EndsWith(", the default", StringComparison.Ordinal));
        Assert.Contains("alpha: alpha plan (1 point), the default", list.Message);
        Assert.Contains("grain", await PointOne(service));

        // The same after a restart from the on-disk index.
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath })) await first.ReloadAsync();
        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        Assert.Equal(report.Problems, (await second.ReloadAsync()).Problems);
        Assert.Contains("grain", await PointOne(second));
    }

    private static void AssertCopyWins(ReloadReport report, string pointOne)
    {
        var problem = Assert.Single(report.Problems);
        Assert.Equal(Original, problem.File);
        Assert.Equal($"duplicate plan id 'pact' (already used by {Copy}, the first path); give this plan its own id", problem.Message);
        Assert.Equal(1, report.Status.Plans);
        Assert.Contains("mountain passes", pointOne);
    }

    private static async Task<string> PointOne(KnowledgeService service) => (await Ask(service, "/plan point 1")).Results[0].Text;

    private static Task<Answer> Ask(KnowledgeService service, string text) =>
        new PeaceBotEngine(service).AnswerAsync(new AnswerRequest(text, "test", 1, 5));

    private void Write(string relative, string id, string point, bool isDefault = false)
    {
        var path = Path.Combine(Knowledge, relative);
        File.WriteAllText(path, $"---\ntitle: {id} plan\nkind: plan\nplan: {id}\nplan_name: {id} plan\n{(isDefault ? "default: true\n" : "")}---\n1. {point}\n");
        // A later write than anything indexed before, so a running service sees the change on a coarse clock too.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Directory.GetFiles(Knowledge, "*", SearchOption.AllDirectories).Length));
    }

    public void Dispose()
    {
        try { _root.Delete(recursive: true); } catch (IOException) { }
    }
}
