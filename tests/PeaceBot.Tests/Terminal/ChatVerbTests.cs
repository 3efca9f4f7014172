namespace PeaceBot.Tests.Terminal;

public sealed class ChatVerbTests
{
    [Fact]
    public async Task Answers_at_the_prompt_and_pages_with_more()
    {
        var run = await CliRun.RunAsync("/sources\nmore\nmore\nquit\n/help\n", "chat", "--knowledge", CliRun.BundledKnowledge);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("I answer from 7 sources", run.Out);
        Assert.Contains("6. ", run.Out);
        Assert.Contains("Nothing more to show.", run.Out);
        Assert.DoesNotContain("/who said <words of a quote>", run.Out); // quit came before /help
    }

    [Fact]
    public async Task Good_and_bad_vote_on_the_last_answer_into_the_store_the_console_reads()
    {
        var dir = Directory.CreateTempSubdirectory("peacebot-chat-votes-");
        try
        {
            var db = Path.Combine(dir.FullName, "bot.db");
            var run = await CliRun.RunAsync("bad\n/sources\nmore\ngood\nquit\n", "chat", "--knowledge", CliRun.BundledKnowledge, "--storage", db);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains(PeaceBot.Terminal.ChatFeedback.NothingToVoteOn, run.Out);
            Assert.Contains(PeaceBot.Storage.FeedbackRecorder.ThanksHelpful, run.Out);
            using var store = new PeaceBot.Storage.SqliteBotStore(db);
            var vote = Assert.Single(store.Feedback(10));
            Assert.True(vote.Helpful);
            Assert.Equal("console", vote.FrontEnd);
            Assert.Equal("/sources", vote.Question.Command);
            Assert.Contains(store.Questions(10), q => q.Command == "/sources");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Unknown_verbs_print_the_usage()
    {
        var run = await CliRun.RunAsync("", "frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: peacebot", run.Error);
    }
}
