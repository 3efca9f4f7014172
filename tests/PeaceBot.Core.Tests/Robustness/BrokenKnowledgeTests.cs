using System.Text;
using PeaceBot.Core.Engine;

namespace PeaceBot.Core.Tests.Robustness;

/// <summary>Generated damage to a knowledge folder: each gives file:line problems, and the good file still loads.</summary>
public sealed class BrokenKnowledgeTests : IDisposable
{
    private const string Good = "---\ntitle: Good\npublished: 2025-03-01\n---\nThe ferry resumed service across the strait.\n";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("peacebot-broken-");

    public static TheoryData<string, string, string> Damage() => new()
    {
        { "truncated.md", "---\ntitle: Cut off\npublished: 2025", "not closed" },
        { "no-header.md", "Just text, no header.\n", "missing front matter" },
        { "bad-yaml.md", "---\ntitle: [unclosed\n---\nBody.\n", "" },
        { "yaml-bomb.md", "---\na: &a [\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b]\ntitle: *c\n---\nBody.\n", "" },
        { "deep.md", "---\ntitle: " + new string('[', 5000) + new string(']', 5000) + "\n---\nBody.\n", "" },
        { "no-title.md", "---\npublished: 2025-01-01\n---\nBody.\n", "title" },
        { "bad-date.md", "---\ntitle: T\npublished: 31/02/2025\n---\nBody.\n", "published" },
        { "bad-kind.md", "---\ntitle: T\nkind: poem\npublished: 2025-01-01\n---\nBody.\n", "unknown kind" },
        { "empty-body.md", "---\ntitle: T\npublished: 2025-01-01\n---\n\n   \n", "empty body" },
        { "plan-gaps.md", "---\ntitle: P\nkind: plan\nplan: gaps\n---\n1. One.\n1. One again.\n4. Four.\n", "duplicate point" },
        { "plan-empty.md", "---\ntitle: P\nkind: plan\nplan: none\n---\nNo numbered points here.\n", "numbered points" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task Damage_is_reported_with_its_file_and_line_and_the_rest_loads(string name, string content, string expected)
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "good.md"), Good);
        File.WriteAllText(Path.Combine(_dir.FullName, name), content);

        using var service = new KnowledgeService(_dir.FullName);
        var report = await service.ReloadAsync();

        var problems = report.Problems.Where(p => p.File == name).ToList();
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith($"{name}:{p.Line}: ", p.ToString()));
        Assert.Contains(problems, p => p.Line >= 1 && p.Message.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(report.Problems, p => p.File == "good.md");
        Assert.True(report.Status.Passages >= 1);
    }

    [Fact]
    public async Task Binary_non_utf8_and_oversized_files_are_refused_without_reading_them_whole()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "good.md"), Good);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "binary.md"), [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "latin1.md"), Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\nCaf\u00e9 text.\n"));
        using (var big = File.Create(Path.Combine(_dir.FullName, "huge.md"))) big.SetLength(50L * 1024 * 1024);

        using var service = new KnowledgeService(_dir.FullName);
        var report = await service.ReloadAsync();

        Assert.Contains(report.Problems, p => p.File == "binary.md" && p.Message.Contains("binary"));
        Assert.Contains(report.Problems, p => p.File == "latin1.md" && p.Message.Contains("UTF-8"));
        Assert.Contains(report.Problems, p => p.File == "huge.md" && p.Message.Contains("MB"));
        Assert.Equal(1, report.Status.Files);
    }

    [Fact]
    public async Task A_missing_or_bad_publication_date_is_reported_and_the_text_still_serves()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "undated.md"), "---\ntitle: Undated\n---\nThe lighthouse keeper counted forty tankers.\n");
        File.WriteAllText(Path.Combine(_dir.FullName, "misdated.md"), "---\ntitle: Misdated\npublished: someday\nurl: not a url\n---\nThe harbour crane lifted grain containers.\n");

        using var service = new KnowledgeService(_dir.FullName);
        var report = await service.ReloadAsync();
        var engine = new PeaceBotEngine(service);

        Assert.Contains(report.Problems, p => p.File == "undated.md" && p.Message.Contains("missing published"));
        Assert.Contains(report.Problems, p => p.File == "misdated.md" && p.Message.Contains("bad date"));
        Assert.Contains(report.Problems, p => p.File == "misdated.md" && p.Message.Contains("url"));
        Assert.NotEmpty((await engine.AnswerAsync(new Core.Answers.AnswerRequest("/ask lighthouse keeper tankers"))).Results);
        var crane = await engine.AnswerAsync(new Core.Answers.AnswerRequest("/ask harbour crane grain"));
        Assert.Null(Assert.Single(crane.Results).Source.Url);
    }

    [Fact]
    public async Task Duplicate_plan_ids_keep_the_first_and_name_it()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "a.md"), "---\ntitle: A\nkind: plan\nplan: same\n---\n1. Alpha one.\n");
        File.WriteAllText(Path.Combine(_dir.FullName, "b.md"), "---\ntitle: B\nkind: plan\nplan: same\n---\n1. Beta one.\n");

        using var service = new KnowledgeService(_dir.FullName);
        var report = await service.ReloadAsync();

        Assert.Contains(report.Problems, p => p.File == "b.md" && p.Message.Contains("duplicate plan id 'same'") && p.Message.Contains("a.md"));
        Assert.Equal(1, report.Status.Plans);
    }

    [Fact]
    public async Task A_symlink_loop_does_not_hang_or_duplicate_files()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "good.md"), Good);
        var sub = Directory.CreateDirectory(Path.Combine(_dir.FullName, "sub"));
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "loop"), _dir.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return; // the file system here cannot make links; nothing to prove
        }

        using var service = new KnowledgeService(_dir.FullName);
        var report = await service.ReloadAsync();
        Assert.Equal(1, report.Status.Files);
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
