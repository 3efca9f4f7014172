using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PeaceBot.Core.Dates;
using PeaceBot.Core.Documents;
using PeaceBot.Core.Extraction.Quotes;
using PeaceBot.Core.Knowledge;
using PeaceBot.Core.Search;
using PeaceBot.Core.Text;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace PeaceBot.Core.Index;

/// <summary>Turns one processed file into its Lucene documents; all of a file's documents share its path in <see cref="IndexFields.File"/>.</summary>
internal static class DocumentIndexer
{
    public static List<LuceneDocument> ToLucene(ProcessedDocument doc)
    {
        var fm = doc.File.FrontMatter;
        var file = doc.File.RelativePath;
        var docs = new List<LuceneDocument> { SourceDoc(doc) };

        foreach (var p in doc.Passages)
        {
            var d = Base(IndexDocType.Passage, file, doc.Slice(p.Range), p.Range.Start);
            d.Add(new TextField(IndexFields.Text, doc.Slice(p.Range), Field.Store.NO));
            if (p.Section is { } section) d.Add(new TextField(IndexFields.Section, section, Field.Store.NO));
            if (fm.Kind == KnowledgeKind.Plan && FindPoint(doc, p.Range) is { } n) AddPlanPoint(d, fm.PlanId!, n);
            docs.Add(d);
        }

        foreach (var q in doc.Quotes)
        {
            var d = Base(IndexDocType.Quote, file, doc.Slice(q.Quote), q.Quote.Start);
            d.Add(new TextField(IndexFields.Text, doc.Slice(q.Quote), Field.Store.NO));
            // A quote whose speaker is not known is still indexed, with no speaker field: it is shown, never attributed.
            if (!string.IsNullOrWhiteSpace(q.Speaker)) d.Add(new StringField(IndexFields.Speaker, q.Speaker, Field.Store.YES));
            d.Add(new StringField(IndexFields.QuoteKind, q.Kind.ToString(), Field.Store.YES));
            if (fm.Published is { } published) AddDate(d, published, index: false);
            docs.Add(d);
        }

        foreach (var e in doc.Events)
        {
            var d = Base(IndexDocType.Event, file, doc.Slice(e.Range), e.Range.Start);
            d.Add(new NumericDocValuesField(IndexFields.EventKey, StableHash.Of(SnippetKey.Of(doc.Slice(e.Range)))));
            d.Add(new TextField(IndexFields.Text, doc.Slice(e.Range), Field.Store.NO));
            AddDate(d, e.Date, index: true);
            docs.Add(d);
        }

        foreach (var p in doc.Points)
        {
            var d = Base(IndexDocType.Point, file, doc.Slice(p.Range), p.Range.Start);
            d.Add(new TextField(IndexFields.Text, doc.Slice(p.Range), Field.Store.NO));
            AddPlanPoint(d, fm.PlanId!, p.Number);
            docs.Add(d);
        }

        foreach (var m in doc.Mentions)
        {
            var d = Base(IndexDocType.Mention, file, doc.Slice(m.Range), m.Range.Start);
            d.Add(new StringField(IndexFields.MentionPoint, m.Number.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
            d.Add(new StoredField(IndexFields.MentionPlanSize, m.PlanSize ?? 0));
            docs.Add(d);
        }
        return docs;
    }

    // Path and offset also go to doc values: every command breaks ties by date, path and offset without stored fields.
    private static LuceneDocument Base(string type, string file, string snippet, int offset) =>
    [
        new StringField(IndexFields.Type, type, Field.Store.NO),
        new StringField(IndexFields.File, file, Field.Store.YES),
        new SortedDocValuesField(IndexFields.FileSort, new BytesRef(file)),
        new NumericDocValuesField(IndexFields.Offset, offset),
        new StoredField(IndexFields.Snippet, snippet),
    ];

    private static LuceneDocument SourceDoc(ProcessedDocument doc)
    {
        var fm = doc.File.FrontMatter;
        var d = new LuceneDocument
        {
            new StringField(IndexFields.Type, IndexDocType.Source, Field.Store.NO),
            new StringField(IndexFields.File, doc.File.RelativePath, Field.Store.YES),
            new StoredField(IndexFields.Title, fm.Title),
            new StoredField(IndexFields.Hash, doc.File.ContentHash),
        };
        void Opt(string name, string? value) { if (value is not null) d.Add(new StoredField(name, value)); }
        Opt(IndexFields.Publisher, fm.Publisher);
        Opt(IndexFields.Published, fm.Published?.ToString());
        Opt(IndexFields.Url, fm.Url);
        Opt(IndexFields.Author, fm.Author);
        if (fm.Kind == KnowledgeKind.Plan)
        {
            d.Add(new StringField(IndexFields.Plan, fm.PlanId!, Field.Store.YES));
            Opt(IndexFields.PlanName, fm.PlanName);
            foreach (var alias in fm.PlanAliases) d.Add(new StoredField(IndexFields.PlanAlias, alias));
            d.Add(new StoredField(IndexFields.PlanDefault, fm.IsDefaultPlan ? 1 : 0));
            d.Add(new StoredField(IndexFields.PlanPoints, doc.Points.Count == 0 ? 0 : doc.Points.Max(p => p.Number)));
        }
        return d;
    }

    private static void AddDate(LuceneDocument d, PartialDate date, bool index)
    {
        d.Add(new StoredField(IndexFields.Date, date.ToString()));
        d.Add(new NumericDocValuesField(IndexFields.DateSort, date.SortKey));
        if (!index) return;
        d.Add(new StringField(IndexFields.Year, date.Year.ToString("D4", CultureInfo.InvariantCulture), Field.Store.NO));
        if (date.Month is { } m)
        {
            d.Add(new StringField(IndexFields.Month, $"{date.Year:D4}-{m:D2}", Field.Store.NO));
            d.Add(new StringField(IndexFields.MonthOfYear, m.ToString("D2", CultureInfo.InvariantCulture), Field.Store.NO));
        }
    }

    private static void AddPlanPoint(LuceneDocument d, string plan, int point)
    {
        d.Add(new StringField(IndexFields.Plan, plan, Field.Store.YES));
        d.Add(new StoredField(IndexFields.Point, point));
        d.Add(new StringField(IndexFields.PointNumber, point.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
    }

    private static int? FindPoint(ProcessedDocument doc, TextRange range) =>
        doc.Points.FirstOrDefault(p => p.Range == range)?.Number;
}
