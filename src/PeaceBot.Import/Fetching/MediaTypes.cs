namespace PeaceBot.Import.Fetching;

/// <summary>Maps a response's media type (or a file's extension) to a page kind, or to the reason it is refused.</summary>
public static class MediaTypes
{
    public static PageKind Classify(string? mediaType, string path, ReadOnlySpan<byte> start)
    {
        var type = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (type)
        {
            case "text/html" or "application/xhtml+xml":
                return PageKind.Html;
            case "text/markdown" or "text/x-markdown":
                return PageKind.Markdown;
            case "text/plain":
                return extension is ".md" or ".markdown" ? PageKind.Markdown : extension is ".htm" or ".html" ? PageKind.Html : PageKind.Text;
            case "" or "application/octet-stream" or "binary/octet-stream":
                return FromExtension(extension, start);
            case "application/pdf":
                throw new ImportRefusedException("this is a PDF, not a web article; save its text as a .txt file and import that");
        }
        if (type.StartsWith("image/", StringComparison.Ordinal)) throw new ImportRefusedException($"this is an image ({type}), not an article");
        if (type.StartsWith("video/", StringComparison.Ordinal) || type.StartsWith("audio/", StringComparison.Ordinal))
            throw new ImportRefusedException($"this is a recording ({type}), not an article");
        throw new ImportRefusedException($"this is a '{type}' file, not a web page; import an HTML page, .txt or .md");
    }

    /// <summary>A local file or an untyped download: by its extension, or by its first bytes when it has none.</summary>
    public static PageKind FromExtension(string extension, ReadOnlySpan<byte> start) => extension switch
    {
        ".html" or ".htm" or ".xhtml" => PageKind.Html,
        ".md" or ".markdown" => PageKind.Markdown,
        ".txt" or ".text" => PageKind.Text,
        ".pdf" => throw new ImportRefusedException("this is a PDF, not a web article; save its text as a .txt file and import that"),
        _ when start.StartsWith("%PDF"u8) => throw new ImportRefusedException("this is a PDF, not a web article; save its text as a .txt file and import that"),
        _ when LooksLikeHtml(start) => PageKind.Html,
        "" => PageKind.Text,
        _ => throw new ImportRefusedException($"'{extension}' files cannot be imported; use an HTML page, .txt or .md"),
    };

    private static bool LooksLikeHtml(ReadOnlySpan<byte> start)
    {
        var text = System.Text.Encoding.ASCII.GetString(start[..Math.Min(start.Length, 512)]).TrimStart().ToLowerInvariant();
        return text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal);
    }
}
