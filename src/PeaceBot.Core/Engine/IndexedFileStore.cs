using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Extraction.Vocabulary;
using PeaceBot.Core.Index;
using PeaceBot.Core.Knowledge;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PeaceBot.Core.Engine;

/// <summary>
/// What an on-disk index remembers between runs: each file's hash, size, time and problems on its source document,
/// and in the commit the aliases, the word lists (<see cref="WordLists.Hash"/>), the build of the code that extracted
/// it and the analysis revision. A restart reuses the index only when all match, since each changes what the
/// documents would hold.
/// </summary>
internal static class IndexedFileStore
{
    private const string AliasesKey = "peacebot.aliases";
    private const string BuildKey = "peacebot.build";
    internal const string VocabularyKey = "peacebot.vocabulary";
    private const string AnalyzerKey = "peacebot.analyzer";

    private static string Build => typeof(IndexedFileStore).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static void Annotate(LuceneDocument source, IndexedFile stat, IReadOnlyList<KnowledgeProblem> problems)
    {
        source.Add(new StoredField(IndexFields.FileSize, stat.Size));
        source.Add(new StoredField(IndexFields.FileTime, stat.LastWriteUtc.Ticks));
        foreach (var p in problems)
            source.Add(new StoredField(IndexFields.Problem, string.Create(CultureInfo.InvariantCulture, $"{p.Line}\t{p.Message}")));
    }

    public static void Commit(IndexWriter writer, string aliasHash)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [AliasesKey] = aliasHash, [BuildKey] = Build, [VocabularyKey] = WordLists.Hash, [AnalyzerKey] = SearchAnalyzer.Revision,
        });
        writer.Commit();
    }

    /// <summary>
    /// Reads back what the index holds of each file; false (and nothing loaded) when it was built with other aliases or
    /// another build or other word lists. Checks every segment's checksums first, so a truncated or bit-flipped file is found here, at open,
    /// and not by the first search that reads it.
    /// </summary>
    /// <exception cref="CorruptIndexException">The index cannot be read back as it was written.</exception>
    public static bool TryLoad(LuceneDirectory directory, string aliasHash, Dictionary<string, IndexedFile> indexed, ProblemList problems)
    {
        if (!DirectoryReader.IndexExists(directory)) return false;
        try
        {
            using var reader = DirectoryReader.Open(directory);
            foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(AliasesKey, out var aliases) || aliases != aliasHash) return false;
            if (!data.TryGetValue(BuildKey, out var build) || build != Build) return false;
            if (!data.TryGetValue(VocabularyKey, out var vocabulary) || vocabulary != WordLists.Hash) return false;
            if (!data.TryGetValue(AnalyzerKey, out var analysis) || analysis != SearchAnalyzer.Revision) return false;

            var searcher = new IndexSearcher(reader);
            var sources = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexDocType.Source)), Math.Max(1, reader.NumDocs));
            foreach (var hit in sources.ScoreDocs)
            {
                var d = searcher.Doc(hit.Doc);
                var file = d.Get(IndexFields.File);
                var size = d.GetField(IndexFields.FileSize)?.GetInt64Value();
                var ticks = d.GetField(IndexFields.FileTime)?.GetInt64Value();
                if (file is null || size is null || ticks is null)
                {
                    indexed.Clear();
                    problems.Clear();
                    return false;
                }
                indexed[file] = new IndexedFile(d.Get(IndexFields.Hash), size.Value, new DateTime(ticks.Value, DateTimeKind.Utc), d.Get(IndexFields.Plan))
                    { DefaultPlan = d.GetField(IndexFields.PlanDefault)?.GetInt32Value() == 1 };
                var stored = d.GetValues(IndexFields.Problem);
                if (stored is { Length: > 0 }) problems.Set(file, stored.Select(p => Problem(file, p)).ToList());
            }
            return true;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                      or IndexOutOfRangeException or ArgumentException or InvalidOperationException)
        {
            indexed.Clear();
            problems.Clear();
            throw e as CorruptIndexException ?? new CorruptIndexException($"{e.GetType().Name}: {e.Message}", e);
        }
    }

    private static KnowledgeProblem Problem(string file, string stored)
    {
        var tab = stored.IndexOf('\t');
        return tab > 0 && int.TryParse(stored.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new KnowledgeProblem(file, line, stored[(tab + 1)..])
            : new KnowledgeProblem(file, 1, stored);
    }
}
