namespace PeaceBot.Tests.Terminal;

public sealed class CheckVerbTests
{
    [Fact]
    public async Task The_bundled_knowledge_has_no_problems()
    {
        var run = await CliRun.RunAsync("", "check", CliRun.BundledKnowledge);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("0 problem", run.Error);
    }

    [Fact]
    public async Task Lists_each_problem_as_file_line_message_and_fails()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-check-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "good.md"), "---\ntitle: Good\npublished: 2025-03-01\n---\nA fine paragraph.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "bad-date.md"), "---\ntitle: Bad\npublished: March 2025\n---\nText.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "plan.md"), "---\ntitle: P\nkind: plan\nplan: p-3\n---\n1. One.\n3. Three.\n");

            var run = await CliRun.RunAsync("", "check", dir.FullName);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Lines, l => l.StartsWith("bad-date.md:3:", StringComparison.Ordinal));
            Assert.Contains(run.Lines, l => l.StartsWith("plan.md:", StringComparison.Ordinal));
            // A bad date is reported but the file still serves; the plan with a gap in its numbering serves too.
            Assert.Contains("3 files loaded", run.Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Reports_a_duplicate_plan_id_and_a_second_default_plan()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-check-plans-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "---\ntitle: A\nkind: plan\nplan: same\ndefault: true\n---\n1. Alpha one.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.md"), "---\ntitle: B\nkind: plan\nplan: same\n---\n1. Beta one.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "c.md"), "---\ntitle: C\nkind: plan\nplan: other\ndefault: true\n---\n1. Gamma one.\n");

            var run = await CliRun.RunAsync("", "check", dir.FullName);

            Assert.Equal(1, run.ExitCode);
            Assert.Equal(
                ["b.md:2: duplicate plan id 'same' (already used by a.md, the first path); give this plan its own id",
                 "c.md:2: a second plan marked 'default: true': a.md (the first path) is the default, so 'other' is not; mark only one plan as default"],
                run.Lines.Where(l => l.Contains(".md:", StringComparison.Ordinal)));
            Assert.Contains("2 plans", run.Error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
