using PeaceBot.Core.Dates;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Reads the <c>---</c> delimited YAML header. Uses YamlDotNet's event parser, not a document loader, so anchors
/// are never expanded and nesting costs no stack: a hostile header is rejected, not obeyed.
/// </summary>
public static class FrontMatterParser
{
    public const int MaxHeaderChars = 16 * 1024;

    public sealed record Result(FrontMatter? FrontMatter, int BodyOffset, int BodyLine, IReadOnlyList<KnowledgeProblem> Problems);

    public static Result Parse(string text, string file)
    {
        var problems = new List<KnowledgeProblem>();
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!IsDelimiter(text, start, out var headerStart))
            return Fail(file, 1, "missing front matter: the file must start with a '---' line", problems);

        var (headerEnd, bodyOffset) = FindClosingDelimiter(text, headerStart);
        if (headerEnd < 0)
            return Fail(file, 1, "front matter is not closed: add a '---' line after the header", problems);
        if (headerEnd - headerStart > MaxHeaderChars)
            return Fail(file, 1, $"front matter is longer than {MaxHeaderChars / 1024} KB", problems);

        var header = text[headerStart..headerEnd];
        var values = ReadFlatMapping(header, file, problems);
        var bodyLine = CountLines(text, bodyOffset) + 1;
        if (values is null) return new Result(null, bodyOffset, bodyLine, problems);

        var fm = Build(values, file, problems);
        return new Result(fm, bodyOffset, bodyLine, problems);
    }

    private static Result Fail(string file, int line, string message, List<KnowledgeProblem> problems)
    {
        problems.Add(new KnowledgeProblem(file, line, message));
        return new Result(null, 0, 1, problems);
    }

    private static bool IsDelimiter(string text, int at, out int next)
    {
        next = 0;
        if (string.CompareOrdinal(text, at, "---", 0, 3) != 0) return false;
        var i = at + 3;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        if (i < text.Length && text[i] != '\n') return false;
        next = Math.Min(i + 1, text.Length);
        return true;
    }

    private static (int HeaderEnd, int BodyOffset) FindClosingDelimiter(string text, int from)
    {
        var pos = from;
        while (pos < text.Length)
        {
            if (IsDelimiter(text, pos, out var next)) return (pos, next);
            var nl = text.IndexOf('\n', pos);
            if (nl < 0) break;
            pos = nl + 1;
        }
        return (-1, -1);
    }

    private static int CountLines(string text, int upTo)
    {
        var n = 0;
        for (var i = 0; i < upTo && i < text.Length; i++)
            if (text[i] == '\n') n++;
        return n;
    }

    /// <summary>Line numbers are 1-based in the file: the header starts on line 2.</summary>
    private static Dictionary<string, (string Value, int Line)>? ReadFlatMapping(string header, string file, List<KnowledgeProblem> problems)
    {
        var values = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(header));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return values;
            parser.Consume<DocumentStart>();
            if (parser.TryConsume<Scalar>(out var lone) && string.IsNullOrEmpty(lone.Value)) return values;
            if (!parser.TryConsume<MappingStart>(out _))
            {
                problems.Add(new(file, 2, "front matter must be 'key: value' lines"));
                return null;
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                var line = (int)key.Start.Line + 1;
                if (parser.TryConsume<Scalar>(out var value))
                {
                    if (!values.TryAdd(key.Value, (value.Value, line)))
                        problems.Add(new(file, line, $"'{key.Value}' is given twice"));
                }
                else
                {
                    problems.Add(new(file, line, $"'{key.Value}' must be a single value, not a list or mapping"));
                    SkipNode(parser);
                }
            }
            return values;
        }
        catch (YamlException e)
        {
            problems.Add(new(file, (int)e.Start.Line + 1, $"unreadable YAML: {FirstLine(e.Message)}"));
            return null;
        }
    }

    private static void SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            var e = parser.Consume<ParsingEvent>();
            depth += e.NestingIncrease;
        } while (depth > 0);
    }

    private static FrontMatter? Build(Dictionary<string, (string Value, int Line)> v, string file, List<KnowledgeProblem> problems)
    {
        foreach (var (key, (_, line)) in v)
            if (!FrontMatterFields.All.Contains(key))
                problems.Add(new(file, line, $"unknown field '{key}' (known: {string.Join(", ", FrontMatterFields.All)})"));

        string? Get(string key) => v.TryGetValue(key, out var x) && !string.IsNullOrWhiteSpace(x.Value) ? x.Value.Trim() : null;
        int LineOf(string key) => v.TryGetValue(key, out var x) ? x.Line : 2;

        var ok = true;
        var kind = KnowledgeKind.Article;
        if (Get(FrontMatterFields.Kind) is { } kindText && !Enum.TryParse(kindText, ignoreCase: true, out kind))
        {
            problems.Add(new(file, LineOf(FrontMatterFields.Kind), $"unknown kind '{kindText}' (use article, plan, transcript or note)"));
            ok = false;
        }

        var title = Get(FrontMatterFields.Title);
        if (title is null)
        {
            problems.Add(new(file, 2, "missing title"));
            ok = false;
        }

        PartialDate? published = null;
        if (Get(FrontMatterFields.Published) is { } dateText)
        {
            if (PartialDate.TryParse(dateText, out var d)) published = d;
            else
            {
                // Reported, but the file still serves: its explicit dates and quotes do not need the publication date.
                problems.Add(new(file, LineOf(FrontMatterFields.Published), $"bad date '{dateText}' for published (use YYYY, YYYY-MM or YYYY-MM-DD); relative dates in this file stay unresolved until it is fixed"));
            }
        }
        else if (kind == KnowledgeKind.Article)
        {
            problems.Add(new(file, 2, "missing published date (articles need one: it anchors relative dates such as 'in February'); the file serves without it"));
        }

        var planId = Get(FrontMatterFields.Plan);
        if (kind == KnowledgeKind.Plan && planId is null)
        {
            problems.Add(new(file, 2, "missing plan id ('plan: us-28', say): plans need one"));
            ok = false;
        }

        var isDefault = false;
        if (Get(FrontMatterFields.Default) is { } defText && !bool.TryParse(defText, out isDefault))
        {
            problems.Add(new(file, LineOf(FrontMatterFields.Default), $"'default' must be true or false, not '{defText}'"));
            ok = false;
        }

        var url = Get(FrontMatterFields.Url);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add(new(file, LineOf(FrontMatterFields.Url), $"url '{url}' is not an absolute URL; the file serves without a link"));
            url = null;
        }

        if (!ok) return null;
        return new FrontMatter(title!, kind)
        {
            Publisher = Get(FrontMatterFields.Publisher),
            Published = published,
            Url = url,
            Author = Get(FrontMatterFields.Author),
            Note = Get(FrontMatterFields.Note),
            PlanId = kind == KnowledgeKind.Plan ? planId : null,
            PlanName = Get(FrontMatterFields.PlanName),
            PlanAliases = kind == KnowledgeKind.Plan && Get(FrontMatterFields.PlanAliases) is { } aliases
                ? aliases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [],
            IsDefaultPlan = kind == KnowledgeKind.Plan && isDefault,
        };
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
