using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Suggestions;

/// <summary>Autocomplete choices read from the serving snapshot. Labels are cut to what chat platforms accept.</summary>
internal sealed class SuggestionFinder
{
    public const int MaxLabel = 100;
    private readonly KnowledgeService _knowledge;

    public SuggestionFinder(KnowledgeService knowledge) => _knowledge = knowledge;

    public IReadOnlyList<Suggestion> Plans(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s) return [];
        var plans = string.IsNullOrWhiteSpace(typed) ? s.Plans : Handlers.PlanResolver.Resolve(s.Plans, typed);
        return plans.Take(Math.Max(0, max)).Select(p => new Suggestion(Cut($"{p.Name} ({p.Id})"), p.Id)).ToList();
    }

    public IReadOnlyList<Suggestion> Months(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s) return [];
        var want = (typed ?? "").Trim().ToLowerInvariant();
        return s.Months
            .Select(m => (Value: m, Label: Label(m)))
            .Where(m => want.Length == 0 || m.Label.Contains(want, StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith(want, StringComparison.Ordinal))
            .Take(Math.Max(0, max))
            .Select(m => new Suggestion(m.Label, m.Value))
            .ToList();
    }

    public IReadOnlyList<Suggestion> Quotes(string typed, int max)
    {
        using var lease = _knowledge.Acquire();
        if (lease.Snapshot is not { } s || string.IsNullOrWhiteSpace(typed) || max <= 0) return [];
        var words = typed.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(12).ToArray();
        var query = new BooleanQuery();
        foreach (var t in QueryText.Terms(s.Analyzer, string.Join(' ', words[..^1])).Distinct())
            query.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.MUST);
        var last = new string(words[^1].ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        if (last.Length > 0) query.Add(new PrefixQuery(new Term(IndexFields.Text, last)), Occur.MUST);
        if (query.Clauses.Count == 0) return [];
        var top = s.Searcher.Search(query, new QueryWrapperFilter(SnapshotSearch.Type(IndexDocType.Quote)), max * 2);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Suggestion>();
        foreach (var sd in top.ScoreDocs)
        {
            var snippet = s.Searcher.Doc(sd.Doc).Get(IndexFields.Snippet) ?? "";
            var label = Cut(snippet);
            if (seen.Add(label)) result.Add(new Suggestion(label, label.TrimEnd('…')));
            if (result.Count == max) break;
        }
        return result;
    }

    private static string Label(string month) =>
        DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : month;

    private static string Cut(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";
    }
}
