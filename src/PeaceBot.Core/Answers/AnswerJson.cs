using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeaceBot.Core.Answers;

/// <summary>
/// The one JSON shape of an answer, shared by <c>peacebot ask --json</c> and the HTTP API: a single line,
/// fields that do not apply written as null.
/// </summary>
public static class AnswerJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keeps quotes and non-ASCII readable; the output is JSON text, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Answer answer)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            Write(w, answer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, Answer answer)
    {
        w.WriteStartObject();
        w.WriteString("command", answer.Kind.ToWire());
        w.WriteString("message", answer.Message);
        w.WriteString("outcome", answer.Outcome.ToString().ToLowerInvariant());
        w.WriteNumber("page", answer.Page);
        w.WriteBoolean("has_more", answer.HasMore);
        w.WriteStartArray("results");
        foreach (var r in answer.Results) WriteResult(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, AnswerResult r)
    {
        w.WriteStartObject();
        w.WriteString("text", r.Text);
        w.WriteString("speaker", r.Speaker);
        w.WriteString("date", r.Date?.ToString());
        w.WriteString("plan", r.Plan);
        w.WriteString("plan_name", r.PlanName);
        if (r.Point is { } point) w.WriteNumber("point", point); else w.WriteNull("point");
        w.WriteNumber("score", Math.Round(r.Score, 3));
        w.WriteStartObject("source");
        w.WriteString("file", r.Source.File);
        w.WriteString("title", r.Source.Title);
        w.WriteString("publisher", r.Source.Publisher);
        w.WriteString("published", r.Source.Published);
        w.WriteString("url", r.Source.Url);
        w.WriteString("author", r.Source.Author);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
