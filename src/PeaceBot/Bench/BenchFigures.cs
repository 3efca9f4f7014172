using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PeaceBot.Bench;

/// <summary>One bench run's figures, as the README table or one JSON object.</summary>
public sealed record BenchFigures(int Passages, double IndexPassagesPerSecond, double RssMb, IReadOnlyList<CommandBench.Result> Commands, double RestartSeconds)
{
    /// <summary>The HTTP run with the question log on (SQLite), as served by default.</summary>
    public HttpFigures? Http { get; init; }

    /// <summary>The same run with <c>Storage:LogQuestions=false</c>.</summary>
    public HttpFigures? HttpNoLog { get; init; }

    /// <summary>Process start to ready on the bundled knowledge.</summary>
    public double ReadyDefaultSeconds { get; init; } = -1;

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("passages", Passages);
            w.WriteNumber("index_passages_per_s", Math.Round(IndexPassagesPerSecond));
            w.WriteNumber("rss_mb", Math.Round(RssMb, 1));
            w.WriteStartObject("commands");
            foreach (var c in Commands)
            {
                w.WriteStartObject(c.Command);
                w.WriteNumber("p50_ms", Math.Round(c.Ours.At(50), 3));
                w.WriteNumber("p99_ms", Math.Round(c.Ours.At(99), 3));
                w.WriteNumber("raw_p50_ms", Math.Round(c.Raw.At(50), 3));
                w.WriteNumber("raw_p99_ms", Math.Round(c.Raw.At(99), 3));
                w.WriteNumber("ratio_p50", Math.Round(c.Ours.At(50) / Math.Max(0.001, c.Raw.At(50)), 2));
                w.WriteNumber("errors", c.Errors);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            foreach (var (name, figures) in new[] { ("http", Http), ("http_question_log_off", HttpNoLog) })
            {
                if (figures is not { } h) continue;
                w.WriteStartObject(name);
                w.WriteNumber("req_per_s", Math.Round(h.RequestsPerSecond));
                w.WriteNumber("p50_ms", Math.Round(h.Latency.At(50), 3));
                w.WriteNumber("p99_ms", Math.Round(h.Latency.At(99), 3));
                w.WriteNumber("errors", h.Errors);
                w.WriteEndObject();
            }
            w.WriteNumber("ready_s", Math.Round(ReadyDefaultSeconds, 3));
            w.WriteNumber("ready_existing_index_s", Math.Round(RestartSeconds, 3));
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public string ToTable()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"passages {Passages}, index {IndexPassagesPerSecond:0} passages/s, peak RSS {RssMb:0} MB, ready: bundled knowledge {ReadyDefaultSeconds:0.00} s, existing index {RestartSeconds:0.00} s");
        sb.AppendLine("| command | p50 ms | p99 ms | raw p50 ms | raw p99 ms | ratio p50 |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var c in Commands)
            sb.AppendLine(inv, $"| {c.Command} | {c.Ours.At(50):0.000} | {c.Ours.At(99):0.000} | {c.Raw.At(50):0.000} | {c.Raw.At(99):0.000} | {c.Ours.At(50) / Math.Max(0.001, c.Raw.At(50)):0.00} |");
        if (Http is { } h)
            sb.AppendLine(inv, $"http: {h.RequestsPerSecond:0} req/s, p50 {h.Latency.At(50):0.000} ms, p99 {h.Latency.At(99):0.000} ms, errors {h.Errors}");
        if (HttpNoLog is { } n)
            sb.AppendLine(inv, $"http, question log off: {n.RequestsPerSecond:0} req/s, p50 {n.Latency.At(50):0.000} ms, p99 {n.Latency.At(99):0.000} ms, errors {n.Errors}");
        return sb.ToString().TrimEnd();
    }
}
