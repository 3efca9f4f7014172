using PeaceBot.Core.Knowledge;
using PeaceBot.Import.Extraction;
using PeaceBot.Import.Fetching;
using PeaceBot.Import.Preview;
using PeaceBot.Import.Writing;

namespace PeaceBot.Import;

/// <summary>
/// Turns a link or a saved page (.html, .txt, .md) into a knowledge file in the import folder, validated by the
/// core's loader and previewed. Never throws for bad input: every refusal comes back as <see cref="ImportResult.Refusal"/>.
/// </summary>
public sealed class KnowledgeImporter : IDisposable
{
    private readonly ImportOptions _options;
    private readonly PageFetcher _fetcher;
    private readonly string? _knowledgeFolder;

    /// <param name="importFolder">Where files are written.</param>
    /// <param name="knowledgeFolder">The served folder, for its aliases (speakers named as the bot names them).</param>
    public KnowledgeImporter(ImportOptions options, string importFolder, string? knowledgeFolder = null)
    {
        _options = options;
        _fetcher = new PageFetcher(options);
        Folder = new ImportFolder(importFolder);
        _knowledgeFolder = knowledgeFolder;
    }

    public ImportFolder Folder { get; }

    /// <summary>The largest page or file it imports.</summary>
    public long MaxBytes => _options.MaxBytes;

    /// <summary>A link (http/https) or the path of a local file.</summary>
    public async Task<ImportResult> ImportAsync(string source, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        source = source.Trim().Trim('<', '>');
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is not "file" && (source.Contains("://", StringComparison.Ordinal) || !File.Exists(source)))
            return await ImportUrlAsync(uri, dryRun, cancellationToken).ConfigureAwait(false);
        return ImportFile(source, dryRun);
    }

    /// <param name="isAttachment">A file uploaded in chat: its download address is not the article's, so only a canonical link inside it is recorded.</param>
    public async Task<ImportResult> ImportUrlAsync(Uri url, bool dryRun = false, CancellationToken cancellationToken = default, bool isAttachment = false)
    {
        try
        {
            PageFetcher.CheckAddress(url);
            var page = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            var name = Path.GetFileName(page.FinalUri.AbsolutePath);
            return Convert(page.Kind, page.Text, name, isAttachment ? null : page.FinalUri, [page.RequestedUri.AbsoluteUri, page.FinalUri.AbsoluteUri], dryRun);
        }
        catch (ImportRefusedException e)
        {
            return ImportResult.Refused(e.Message);
        }
    }

    public ImportResult ImportFile(string path, bool dryRun = false)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ImportResult.Refused($"there is no file '{path}' (give an http(s) link or a .html, .txt or .md file)");
            if (info.Length > _options.MaxBytes) return ImportResult.Refused($"the file is larger than the {_options.MaxBytes / (1024 * 1024)} MB import limit");
            var bytes = File.ReadAllBytes(path);
            var kind = MediaTypes.FromExtension(info.Extension.ToLowerInvariant(), bytes);
            return Convert(kind, TextDecoding.Decode(bytes, null, kind), info.Name, null, [], dryRun);
        }
        catch (ImportRefusedException e)
        {
            return ImportResult.Refused(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Refused($"the file could not be read: {e.Message}");
        }
    }

    private ImportResult Convert(PageKind kind, string text, string sourceName, Uri? address, IReadOnlyList<string> knownAs, bool dryRun)
    {
        string title, fileText;
        string? url, from = null;
        if (kind == PageKind.Markdown && text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal))
        {
            var header = FrontMatterParser.Parse(text, sourceName);
            if (header.FrontMatter is not { } fm)
                return ImportResult.Refused("the file's header is broken: " + string.Join("; ", header.Problems.Select(p => p.ToString())));
            (title, url, fileText) = (fm.Title, fm.Url, text.TrimStart('\uFEFF'));
        }
        else
        {
            var article = kind == PageKind.Html
                ? HtmlArticleExtractor.Extract(text, address)
                : PlainTextArticle.Extract(text, sourceName, address is null ? null : ImportUrl.Normalize(address));
            (title, url, from, fileText) = (article.Title, article.Url, article.PublishedFrom, KnowledgeFileText.Build(article));
        }

        var (fileName, exists) = Folder.Choose(title, knownAs.Append(url));
        var relative = Path.GetRelativePath(_knowledgeFolder ?? Folder.Path, Path.Combine(Folder.Path, fileName)).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal)) relative = fileName;
        var preview = PreviewBuilder.Build(fileText, relative, PreviewBuilder.LoadAliases(_knowledgeFolder), from);
        if (preview.Passages == 0)
            return ImportResult.Refused("the file would not load: " + string.Join("; ", preview.Problems.DefaultIfEmpty("it has no text")));
        if (!dryRun) Folder.Write(fileName, fileText);
        return new ImportResult
        {
            FileName = fileName,
            FullPath = Path.Combine(Folder.Path, fileName),
            Replaced = exists,
            DryRun = dryRun,
            FileText = fileText,
            Preview = preview,
        };
    }

    public void Dispose() => _fetcher.Dispose();
}
