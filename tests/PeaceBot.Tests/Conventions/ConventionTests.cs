using System.Reflection;
using System.Text.RegularExpressions;

namespace PeaceBot.Tests.Conventions;

/// <summary>The conventions the code keeps, checked rather than hoped for (in the spirit of SlackNet's lint tests).</summary>
public sealed partial class ConventionTests
{
    [GeneratedRegex(@"^(?:public |internal |file )?(?:(?:sealed|static|abstract|partial|readonly) )*(?:class|record|struct|interface|enum) ", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [Fact]
    public void Each_source_file_holds_one_type_and_stays_small()
    {
        var offenders = new List<string>();
        foreach (var file in RepositoryLayout.SourceFiles("src"))
        {
            var text = File.ReadAllText(file);
            var types = TopLevelType().Matches(text).Count;
            var lines = text.Count(c => c == '\n');
            if (types > 1 || lines > 400) offenders.Add($"{Path.GetRelativePath(RepositoryLayout.Root, file)}: {types} types, {lines} lines");
        }
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Fact]
    public void The_core_knows_nothing_of_web_or_chat_platforms()
    {
        var references = typeof(PeaceBot.Core.Engine.PeaceBotEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("PeaceBot.Discord", StringComparison.Ordinal) || r.StartsWith("PeaceBot.Slack", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(PeaceBot.Discord.DiscordAdapter), "PeaceBot.Slack")]
    [InlineData(typeof(PeaceBot.Slack.SlackRegistration), "PeaceBot.Discord")]
    public void Each_adapter_depends_on_the_core_and_the_toolkit_only(Type adapter, string other)
    {
        var references = adapter.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("PeaceBot", StringComparison.Ordinal)).ToList();
        Assert.Contains("PeaceBot.Core", references);
        Assert.DoesNotContain(other, references);
        Assert.All(references, r => Assert.True(r is "PeaceBot.Core" or "PeaceBot.Adapters", $"{adapter.Assembly.GetName().Name} references {r}"));
    }

    [Fact]
    public void The_adapter_toolkit_knows_no_platform_and_no_web_framework()
    {
        var references = typeof(PeaceBot.Adapters.Replies.ReplyTracker).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("PeaceBot", StringComparison.Ordinal) && r != "PeaceBot.Core");
        var platformWords = RepositoryLayout.SourceFiles(Path.Combine("src", "PeaceBot.Adapters"))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\b(?:using|namespace) PeaceBot\.(?:Discord|Slack)"))
            .ToList();
        Assert.Empty(platformWords);
    }

    [Fact]
    public void Handlers_see_no_Lucene_type_queries_live_in_search()
    {
        // A using, an alias or a fully qualified name: any of them means a handler builds or reads index queries itself.
        var offenders = RepositoryLayout.SourceFiles(Path.Combine("src", "PeaceBot.Core", "Handlers"))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"\bLucene\.Net\b"))
            .Select(f => Path.GetRelativePath(RepositoryLayout.Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, "Handlers using Lucene (move the query into src/PeaceBot.Core/Search): " + string.Join(", ", offenders));
    }

    [Fact]
    public void Tests_mirror_src_one_test_project_per_project()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepositoryLayout.Root, "src")).Select(Path.GetFileName).ToList();
        foreach (var project in projects)
            Assert.True(Directory.Exists(Path.Combine(RepositoryLayout.Root, "tests", $"{project}.Tests")), $"tests/{project}.Tests is missing");
    }

    [Fact]
    public void Nothing_in_the_repo_reads_the_shared_folder_outside_it()
    {
        var offenders = RepositoryLayout.SourceFiles("src").Concat(RepositoryLayout.SourceFiles("tests"))
            .Where(f => File.ReadAllText(f).Contains("../shared", StringComparison.Ordinal) && !f.EndsWith("ConventionTests.cs", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }
}
