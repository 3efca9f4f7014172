using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Engine;

public sealed class PeaceBotEngineTests
{
    private static LoadedKnowledge Fixture => LoadedKnowledge.Fixture;

    [Theory]
    [InlineData("")]
    [InlineData("/frobnicate now")]
    [InlineData("/ask (NATO AND \"Article 5\"~ OR [x TO y]) ^&* \\")]
    [InlineData("/ask *")]
    [InlineData("/ask ?")]
    [InlineData("/who said \"")]
    [InlineData("/timeline 2025-13")]
    [InlineData("/timeline 0000")]
    [InlineData("/plan point 2147483648")]
    [InlineData("/ask путин")]
    [InlineData("/ask 🕊️")]
    public void Every_input_gets_a_message_or_results(string input)
    {
        var answer = Fixture.Ask(input);
        Assert.True(answer.Message.Trim().Length > 0 || answer.Results.Count > 0);
    }

    [Fact]
    public void Pages_through_results_without_repeating_them()
    {
        var first = Fixture.Ask("/sources", page: 1, pageSize: 2);
        var second = Fixture.Ask("/sources", page: 2, pageSize: 2);
        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Equal(2, first.Results.Count);
        Assert.Single(second.Results);
        Assert.DoesNotContain(second.Results[0].Source.File, first.Results.Select(r => r.Source.File));
        Assert.Equal("/sources", first.CommandText);
    }

    [Fact]
    public void A_page_past_the_end_says_so()
    {
        var answer = Fixture.Ask("/sources", page: 9, pageSize: 5);
        Assert.Empty(answer.Results);
        Assert.Contains("no more", answer.Message);
    }

    [Theory]
    [InlineData("/status")]
    [InlineData("/reload")]
    public void Moderator_commands_refuse_others_politely(string command)
    {
        var answer = Fixture.Ask(command, moderator: false);
        Assert.Equal(AnswerOutcome.Refused, answer.Outcome);
        Assert.Contains("moderators", answer.Message);
    }

    [Fact]
    public void Status_reports_what_is_loaded()
    {
        var answer = Fixture.Ask("/status", moderator: true);
        Assert.Equal(AnswerKind.Status, answer.Kind);
        Assert.Contains("3 files", answer.Message);
        Assert.Contains("2 plans", answer.Message);
    }

    [Fact]
    public async Task Reload_reports_counts_and_problems_of_a_changed_folder()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-engine-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "---\ntitle: A\npublished: 2025-01-02\n---\nThe ferry resumed service across the strait.\n");
            using var service = new KnowledgeService(dir.FullName);
            await service.ReloadAsync();
            var engine = new PeaceBotEngine(service);
            File.WriteAllText(Path.Combine(dir.FullName, "b.md"), "---\npublished: 2025-01-02\n---\nNo title here.\n");

            var answer = await engine.AnswerAsync(new AnswerRequest("/reload") { IsModerator = true });

            Assert.Equal(AnswerKind.Reload, answer.Kind);
            Assert.Contains("b.md:", answer.Message);
            var ferry = await engine.AnswerAsync(new AnswerRequest("/ask ferry service strait"));
            Assert.Contains("ferry resumed", ferry.Results[0].Text);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Before_the_first_load_it_says_it_is_loading()
    {
        using var service = new KnowledgeService(Path.GetTempPath());
        var answer = await new PeaceBotEngine(service).AnswerAsync(new AnswerRequest("/ask anything"));
        Assert.Contains("loading", answer.Message);
        Assert.Empty(answer.Results);
    }

    [Fact]
    public void Suggests_plans_and_quotes_within_platform_limits()
    {
        var plans = Fixture.Engine.SuggestPlans("cease");
        Assert.Equal("beta-5", Assert.Single(plans).Value);
        Assert.All(Fixture.Engine.SuggestPlans(""), s => Assert.InRange(s.Label.Length, 1, 100));
    }

    [Fact]
    public async Task Repeated_commands_are_answered_from_the_cache_until_the_knowledge_changes()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-cache-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "---\ntitle: A\npublished: 2025-01-02\n---\nThe ferry resumed service across the strait.\n");
            using var service = new KnowledgeService(dir.FullName);
            await service.ReloadAsync();
            var engine = new PeaceBotEngine(service);
            var uncached = new PeaceBotEngine(service, answerCacheSize: 0);

            var first = await engine.AnswerAsync(new AnswerRequest("/ask ferry strait"));
            Assert.Same(first, await engine.AnswerAsync(new AnswerRequest("ask ferry strait")));
            Assert.NotSame(await uncached.AnswerAsync(new AnswerRequest("/ask ferry strait")), await uncached.AnswerAsync(new AnswerRequest("/ask ferry strait")));

            File.WriteAllText(Path.Combine(dir.FullName, "b.md"), "---\ntitle: B\npublished: 2025-01-03\n---\nA second ferry crossed the strait at dawn.\n");
            await service.ReloadAsync();
            var after = await engine.AnswerAsync(new AnswerRequest("/ask ferry strait"));
            Assert.NotSame(first, after);
            Assert.Equal(2, after.Results.Count);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
