using PeaceBot.Core.Answers;
using PeaceBot.Core.Knowledge;
using PeaceBot.Import.Preview;

namespace PeaceBot.Import;

/// <summary>The importer as the core's /knowledge command sees it.</summary>
public sealed class KnowledgeImports(KnowledgeImporter importer) : IKnowledgeImports
{
    public async Task<(bool Written, string Message)> AddAsync(string source, CancellationToken cancellationToken)
    {
        // Chat is never a way to read the server's own files: links only.
        if (!Uri.TryCreate(source.Trim('<', '>'), UriKind.Absolute, out var url))
            return (false, $"'{Shorten(source)}' is not a link; give the article's http or https address");
        var result = await importer.ImportUrlAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.Refusal is { } refusal) return (false, refusal);
        return (true, $"{(result.Replaced ? "Updated" : "Imported")} {result.FileName}; it answers now.\n{PreviewText.Render(result.Preview!)}");
    }

    public async Task<(bool Written, string Message)> AddAttachmentAsync(ChatAttachment file, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is not (".md" or ".txt" or ".html" or ".htm"))
            return (false, $"'{Shorten(file.FileName)}' is not a .md, .txt or .html file");
        if (file.Size > importer.MaxBytes)
            return (false, $"'{Shorten(file.FileName)}' is larger than the {importer.MaxBytes / (1024 * 1024)} MB import limit");
        var result = await importer.ImportUrlAsync(file.Url, cancellationToken: cancellationToken, isAttachment: true).ConfigureAwait(false);
        if (result.Refusal is { } refusal) return (false, refusal);
        return (true, $"{(result.Replaced ? "Updated" : "Imported")} {result.FileName} from {Shorten(file.FileName)}; it answers now.\n{PreviewText.Render(result.Preview!)}");
    }

    public IReadOnlyList<string> List() =>
        importer.Folder.List().Select(e => $"{e.FileName} — {e.Title}{(e.Published is null ? "" : $" ({e.Published})")}").ToList();

    public string? Remove(string fileName) => importer.Folder.Remove(fileName);

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
