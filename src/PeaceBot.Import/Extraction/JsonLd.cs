using System.Text.Json;
using AngleSharp.Dom;

namespace PeaceBot.Import.Extraction;

/// <summary>
/// The schema.org objects a page declares in <c>application/ld+json</c> scripts, flattened (top-level arrays and
/// <c>@graph</c> lists), articles first. A script that is not valid JSON is skipped.
/// </summary>
public sealed class JsonLd
{
    private const int MaxScriptChars = 256 * 1024;
    private readonly List<JsonElement> _objects = [];

    public JsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            if (text.Length > MaxScriptChars) continue;
            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                Flatten(json.RootElement.Clone(), 0);
            }
            catch (JsonException)
            {
                // A broken script says nothing; the other sources still do.
            }
        }
        _objects.Sort((a, b) => IsArticle(b).CompareTo(IsArticle(a)));
    }

    /// <summary>The first value of <paramref name="property"/> as text: a string, or the <c>name</c> of an object or of a list's items.</summary>
    public string? Text(string property)
    {
        foreach (var o in _objects)
            if (o.TryGetProperty(property, out var value) && Name(value) is { Length: > 0 } text) return text;
        return null;
    }

    public bool HasArticle => _objects.Any(IsArticle);

    private void Flatten(JsonElement e, int depth)
    {
        if (depth > 4) return;
        if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) Flatten(item, depth + 1);
        else if (e.ValueKind == JsonValueKind.Object)
        {
            _objects.Add(e);
            if (e.TryGetProperty("@graph", out var graph)) Flatten(graph, depth + 1);
        }
    }

    private static string? Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()?.Trim(),
        JsonValueKind.Object => value.TryGetProperty("name", out var n) ? Name(n) : null,
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Name).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct()) is { Length: > 0 } joined ? joined : null,
        _ => null,
    };

    private static bool IsArticle(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "LiveBlogPosting");
    }
}
