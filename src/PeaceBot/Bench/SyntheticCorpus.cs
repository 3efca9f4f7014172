using System.Globalization;
using System.Text;

namespace PeaceBot.Bench;

/// <summary>
/// A deterministic knowledge folder of about N passages shaped like the real one: articles whose paragraphs carry
/// attributed quotes, explicit and relative dates and plan-point mentions, plus numbered plan files. Words come from
/// the bundled knowledge when it is found, so term statistics look like real news prose.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int ParagraphsPerArticle = 100;
    public const int PointsPerPlan = 20;
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Speakers =
        ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Steve Witkoff", "Marco Rubio", "Yuri Ushakov", "Dmitry Peskov", "Kaja Kallas", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz", "Andriy Yermak"];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "insisted", "noted"];

    private readonly Random _random;
    private readonly string[] _words;

    public SyntheticCorpus(int seed, IReadOnlyList<string> vocabulary)
    {
        _random = new Random(seed);
        _words = vocabulary.Count >= 50 ? [.. vocabulary] : FallbackWords;
    }

    public List<string> QuoteSamples { get; } = [];
    public List<string> QuestionSamples { get; } = [];
    public List<string> MonthSamples { get; } = [];

    /// <summary>Writes the folder; returns the number of passages (paragraphs and plan points) written.</summary>
    public int Write(string folder, int passages)
    {
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        Directory.CreateDirectory(Path.Combine(folder, "plans"));
        var written = 0;
        var plans = Math.Max(1, passages / 5000);
        for (var p = 1; p <= plans; p++)
        {
            File.WriteAllText(Path.Combine(folder, "plans", $"plan-{p:D4}.md"), Plan(p));
            written += PointsPerPlan;
        }
        for (var a = 1; written < passages; a++)
        {
            var count = Math.Min(ParagraphsPerArticle, passages - written);
            File.WriteAllText(Path.Combine(folder, "articles", $"article-{a:D6}.md"), Article(a, count));
            written += count;
        }
        return written;
    }

    private string Plan(int id)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"---\ntitle: Synthetic plan {id}\nkind: plan\nplan: plan-{id}\nplan_name: Synthetic {PointsPerPlan}-point plan {id}\n");
        if (id == 1) sb.Append("default: true\n");
        sb.Append("published: 2025-11\n---\n");
        for (var n = 1; n <= PointsPerPlan; n++) sb.Append(CultureInfo.InvariantCulture, $"{n}. {Capital(Words(12))}.\n");
        return sb.ToString();
    }

    private string Article(int id, int paragraphs)
    {
        var year = 2025 + _random.Next(2);
        var month = 1 + _random.Next(12);
        var day = 1 + _random.Next(28);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"---\ntitle: Synthetic article {id}\npublisher: Bench Wire\npublished: {year:D4}-{month:D2}-{day:D2}\nurl: https://example.org/{id}\n---\n");
        for (var i = 0; i < paragraphs; i++) sb.Append(Paragraph()).Append("\n\n");
        return sb.ToString();
    }

    private string Paragraph()
    {
        var speaker = Speakers[_random.Next(Speakers.Length)];
        switch (_random.Next(5))
        {
            case 0:
                var quote = Words(8);
                if (QuoteSamples.Count < 5000) QuoteSamples.Add(string.Join(' ', quote.Split(' ').Skip(2).Take(4)));
                return $"“{Capital(quote)},” {speaker} {Verbs[_random.Next(Verbs.Length)]}. {Capital(Words(14))}.";
            case 1:
                var m = Months[_random.Next(12)];
                if (MonthSamples.Count < 5000) MonthSamples.Add(m.ToLowerInvariant());
                return $"On {m} {1 + _random.Next(28)}, 2025, {Words(12)}. {Capital(Words(10))}.";
            case 2:
                return $"In {Months[_random.Next(12)]}, {Words(10)}. Late {Months[_random.Next(12)]} {Words(8)}.";
            case 3:
                return $"Point {1 + _random.Next(PointsPerPlan)} of the {PointsPerPlan}-point plan {Words(12)}.";
            default:
                var sentence = Words(16);
                if (QuestionSamples.Count < 5000) QuestionSamples.Add(string.Join(' ', sentence.Split(' ').Skip(3).Take(4)));
                return $"{Capital(sentence)}. {Capital(Words(14))}.";
        }
    }

    private string Words(int n)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(_words[_random.Next(_words.Length)]);
        }
        return sb.ToString();
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Lower-case words of the bundled knowledge (3+ letters), or a small built-in list.</summary>
    public static IReadOnlyList<string> VocabularyFrom(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return FallbackWords;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
            foreach (var w in File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = w.Trim('.', ',', ';', ':', '"', '“', '”', '(', ')', '?', '!', '’', '\'').ToLowerInvariant();
                if (word.Length >= 3 && word.All(char.IsAsciiLetterLower)) words.Add(word);
            }
        return words.Count >= 50 ? words.Order(StringComparer.Ordinal).ToList() : FallbackWords;
    }

    private static readonly string[] FallbackWords =
        ("ceasefire negotiations territory security guarantees sanctions reconstruction elections prisoners exchange " +
         "frontline donetsk crimea zaporizhzhia kherson summit envoy delegation proposal framework agreement memorandum " +
         "army troops drones energy infrastructure grain ports nuclear plant monitoring europe washington moscow kyiv " +
         "istanbul geneva alaska budapest riyadh talks pressure concessions referendum sovereignty neutrality alliance " +
         "membership assets reparations compensation amnesty humanitarian corridor deadline offensive withdrawal").Split(' ');
}
