using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Extraction.Vocabulary;

namespace PeaceBot.Core.Tests.Engine;

public sealed class PersistentIndexTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("peacebot-persist-");
    private string Knowledge => Path.Combine(_root.FullName, "knowledge");
    private string IndexPath => Path.Combine(_root.FullName, "index");

    public PersistentIndexTests()
    {
        Directory.CreateDirectory(Knowledge);
        File.WriteAllText(Path.Combine(Knowledge, "a.md"), "---\ntitle: A\npublished: 2025-01-02\n---\nThe ferry resumed service across the strait.\n");
        File.WriteAllText(Path.Combine(Knowledge, "p.md"), "---\ntitle: P\nkind: plan\nplan: p-3\n---\n1. One thing.\n3. Three things.\n");
    }

    [Fact]
    public async Task A_restart_reuses_the_index_and_still_reports_problems()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
        {
            var report = await first.ReloadAsync();
            Assert.Equal(2, report.Added);
        }

        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var again = await second.ReloadAsync();

        Assert.Equal(0, again.Added);
        Assert.Equal(2, again.Unchanged);
        Assert.Contains(again.Problems, p => p.File == "p.md" && p.Message.Contains("missing point"));
        var answer = await new PeaceBotEngine(second).AnswerAsync(new AnswerRequest("/ask ferry strait"));
        Assert.Contains("ferry resumed", answer.Results[0].Text);
    }

    [Fact]
    public async Task A_file_changed_while_stopped_is_read_again()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
            await first.ReloadAsync();
        File.WriteAllText(Path.Combine(Knowledge, "a.md"), "---\ntitle: A\npublished: 2025-01-02\n---\nThe bridge reopened to lorries at dawn.\n");
        File.SetLastWriteTimeUtc(Path.Combine(Knowledge, "a.md"), DateTime.UtcNow.AddMinutes(1));

        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var report = await second.ReloadAsync();

        Assert.Equal(1, report.Changed);
        var engine = new PeaceBotEngine(second);
        Assert.Empty((await engine.AnswerAsync(new AnswerRequest("/ask ferry strait"))).Results);
        Assert.NotEmpty((await engine.AnswerAsync(new AnswerRequest("/ask bridge lorries"))).Results);
    }

    [Fact]
    public async Task An_index_written_by_another_analysis_revision_is_rebuilt()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
            await first.ReloadAsync();
        // What an index from before the analysis revision was recorded looks like: the same commit without it.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(IndexPath))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
                   PeaceBot.Core.Index.SearchAnalyzer.Version, null) { OpenMode = Lucene.Net.Index.OpenMode.APPEND }))
        {
            var data = new Dictionary<string, string>(writer.CommitData);
            Assert.True(data.Remove("peacebot.analyzer"));
            writer.SetCommitData(data);
            writer.Commit();
        }

        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var report = await second.ReloadAsync();

        Assert.Equal(0, report.Unchanged);
        Assert.Equal(2, report.Status.Files);
    }

    [Fact]
    public async Task A_second_process_on_a_locked_index_falls_back_to_memory()
    {
        using var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        await first.ReloadAsync();
        using var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        var report = await second.ReloadAsync();
        Assert.Equal(2, report.Status.Files);
    }

    [Fact]
    public async Task An_index_extracted_with_other_word_lists_is_built_anew()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
            await first.ReloadAsync();
        ReplaceCommitData(IndexedFileStore.VocabularyKey, "lists-of-an-older-build");

        using (var second = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
        {
            var report = await second.ReloadAsync();
            Assert.Equal(2, report.Added);
            Assert.Equal(0, report.Unchanged);
        }

        // Rebuilt with today's lists, the index is reused again.
        using var third = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath });
        Assert.Equal(2, (await third.ReloadAsync()).Unchanged);
    }

    [Fact]
    public async Task The_index_commit_records_the_word_lists_hash()
    {
        using (var first = new KnowledgeService(Knowledge, new KnowledgeOptions { IndexPath = IndexPath }))
            await first.ReloadAsync();
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexPath);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(WordLists.Hash, reader.IndexCommit.UserData[IndexedFileStore.VocabularyKey]);
    }

    private void ReplaceCommitData(string key, string value)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexPath);
        Dictionary<string, string> data;
        using (var reader = DirectoryReader.Open(directory)) data = new Dictionary<string, string>(reader.IndexCommit.UserData) { [key] = value };
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(data);
        writer.Commit();
    }

    public void Dispose() => _root.Delete(recursive: true);
}
