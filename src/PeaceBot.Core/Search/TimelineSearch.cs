using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Index;

namespace PeaceBot.Core.Search;

/// <summary>
/// The events of a period (and topic) in date order, ties by file path and offset, each snippet once. Dates, paths,
/// offsets and snippet keys are all read from doc values, so counting every match reads no stored field: only the
/// events shown are loaded.
/// </summary>
internal static class TimelineSearch
{
    /// <summary>Share of a topic's weight an event must hold.</summary>
    private const double MinTopicCoverage = 0.5;

    /// <summary>Events a topic search ranks before the coverage test.</summary>
    private const int MaxRanked = 300;

    /// <param name="terms">Topic terms; with none, every event of the period counts.</param>
    /// <param name="take">Events to load for showing (the count covers them all).</param>
    public static EventHits Find(KnowledgeSnapshot snapshot, EventFilter filter, IReadOnlyList<string> terms, int take)
    {
        var query = Filter(filter);
        var collector = new EventCollector();
        if (terms.Count > 0)
        {
            var relevant = SnapshotSearch.Ranked(snapshot, terms, query, MaxRanked, synonyms: Synonyms.For(snapshot.Analyzer, terms))
                .Where(h => h.Coverage >= MinTopicCoverage);
            collector.Add(snapshot.Reader, relevant.Select(h => (h.Doc, h.Score)));
        }
        else
            snapshot.Searcher.Search(new ConstantScoreQuery(query), collector);

        // The same snippet can be an event of two files (a copied paragraph): the first in order stands for both.
        var seen = new HashSet<long>();
        var kept = collector.Found
            .Where(f => filter.Keep(Decode(f.Key.Date)))
            .OrderBy(f => f.Key)
            .Where(f => seen.Add(f.Event))
            .ToList();
        var shown = kept.Take(take)
            .Select(f => ResultFactory.From(snapshot, new SearchHit(snapshot.Searcher, f.Key.Doc, f.Score, 1), f.Score))
            .ToList();
        return new EventHits(shown, kept.Count);
    }

    /// <summary>A <see cref="PartialDate.SortKey"/> back as the date (year*10000 + month*100 + day, 0 for a missing part).</summary>
    internal static PartialDate Decode(long key)
    {
        var year = (int)(key / 10000);
        var month = (int)(key / 100 % 100);
        var day = (int)(key % 100);
        return new PartialDate(Math.Clamp(year, 1, 9999), month == 0 ? null : month, month == 0 || day == 0 ? null : day);
    }

    private static Query Filter(EventFilter filter)
    {
        var type = SnapshotSearch.Type(IndexDocType.Event);
        if (filter.Months.Count > 0)
        {
            var months = new BooleanQuery();
            foreach (var (y, m) in filter.Months) months.Add(Term(IndexFields.Month, $"{y:D4}-{m:D2}"), Occur.SHOULD);
            return SnapshotSearch.And(type, months);
        }
        return (filter.Year, filter.MonthOfYear) switch
        {
            ({ } y, { } m) => SnapshotSearch.And(type, Term(IndexFields.Month, $"{y:D4}-{m:D2}")),
            (null, { } m) => SnapshotSearch.And(type, Term(IndexFields.MonthOfYear, m.ToString("D2", CultureInfo.InvariantCulture))),
            ({ } y, null) => SnapshotSearch.And(type, Term(IndexFields.Year, y.ToString("D4", CultureInfo.InvariantCulture))),
            _ => type,
        };
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private readonly record struct Found(DocKey Key, long Event, float Score);

    /// <summary>Reads each matching event's date, path, offset and snippet key from the doc values of its segment.</summary>
    private sealed class EventCollector : ICollector
    {
        private readonly BytesRef _bytes = new();
        private readonly Dictionary<int, string> _paths = [];
        private NumericDocValues? _date, _offset, _event;
        private SortedDocValues? _file;
        private int _base;

        public List<Found> Found { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            _date = reader.GetNumericDocValues(IndexFields.DateSort);
            _offset = reader.GetNumericDocValues(IndexFields.Offset);
            _event = reader.GetNumericDocValues(IndexFields.EventKey);
            _file = reader.GetSortedDocValues(IndexFields.FileSort);
            _base = context.DocBase;
            _paths.Clear();
        }

        public void Collect(int doc) => Collect(doc, 0);

        /// <summary>Hits already found by a ranked search, each read in its own segment.</summary>
        public void Add(IndexReader reader, IEnumerable<(int Doc, float Score)> hits)
        {
            var leaves = reader.Leaves;
            var current = -1;
            foreach (var (doc, score) in hits.OrderBy(h => h.Doc))
            {
                var leaf = ReaderUtil.SubIndex(doc, leaves);
                if (leaf != current)
                {
                    SetNextReader(leaves[leaf]);
                    current = leaf;
                }
                Collect(doc - _base, score);
            }
        }

        private void Collect(int doc, float score)
        {
            var path = "";
            if (_file is not null)
            {
                var ord = _file.GetOrd(doc);
                if (ord >= 0 && !_paths.TryGetValue(ord, out path!))
                {
                    _file.LookupOrd(ord, _bytes);
                    _paths[ord] = path = _bytes.Utf8ToString();
                }
                path ??= "";
            }
            var global = _base + doc;
            // An event without a snippet key (never, for this schema) counts as its own event.
            var key = _event?.Get(doc) ?? global;
            Found.Add(new Found(new DocKey(_date?.Get(doc) ?? 0, path, _offset?.Get(doc) ?? 0, global), key, score));
        }
    }
}
