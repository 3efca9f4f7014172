using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Reads one knowledge file defensively: bounded size, UTF-8 only, no binary, and a file that vanishes or is locked
/// mid-read becomes a problem rather than an exception. Only files with content are opened: a FIFO, socket or device
/// reports a size of 0, like an empty file, and opening a FIFO would block until something writes to it.
/// </summary>
public static class KnowledgeFileReader
{
    public const long MaxFileBytes = 8 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string NotRegularOrEmpty = "skipped without reading: the file is empty, or is not a regular file (a FIFO, socket or device)";

    public sealed record Result(KnowledgeFile? File, IReadOnlyList<KnowledgeProblem> Problems);

    public static Result Read(string fullPath, string relativePath)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length == 0)
                return Problem(relativePath, NotRegularOrEmpty);
            if (info.Length > MaxFileBytes)
                return Problem(relativePath, $"file is {info.Length / (1024 * 1024)} MB; knowledge files may be at most {MaxFileBytes / (1024 * 1024)} MB (split it)");
            bytes = ReadBounded(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Problem(relativePath, $"could not be read: {e.Message}");
        }
        return Parse(bytes, relativePath);
    }

    public static Result Parse(byte[] bytes, string relativePath)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return Problem(relativePath, "binary file (contains NUL bytes): knowledge files are UTF-8 Markdown");

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return Problem(relativePath, $"not UTF-8 text (invalid byte at offset {e.Index}): save the file as UTF-8");
        }
        text = text.Replace("\r\n", "\n");

        if (!text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal))
        {
            // A .txt page is plain text by nature; a .md file without its header is served the same way, and reported.
            var plain = PlainText(text, relativePath, bytes);
            return relativePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || plain.File is null
                ? plain
                : plain with { Problems = [new KnowledgeProblem(relativePath, 1, "missing front matter: served as an article titled from its first lines; add a '---' header")] };
        }

        var header = FrontMatterParser.Parse(text, relativePath);
        var problems = header.Problems.ToList();
        if (header.FrontMatter is null) return new Result(null, problems);

        var body = text[header.BodyOffset..];
        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(new KnowledgeProblem(relativePath, header.BodyLine, "empty body: add the text after the front matter"));
            return new Result(null, problems);
        }

        var hash = Convert.ToHexString(SHA256.HashData(bytes), 0, 16);
        return new Result(new KnowledgeFile(relativePath, header.FrontMatter, body, header.BodyOffset, header.BodyLine, hash), problems);
    }

    private static Result PlainText(string text, string relativePath, byte[] bytes)
    {
        if (string.IsNullOrWhiteSpace(text)) return Problem(relativePath, "empty file");
        var hash = Convert.ToHexString(SHA256.HashData(bytes), 0, 16);
        return new Result(new KnowledgeFile(relativePath, PlainTextHeader.Infer(text, relativePath), text, 0, 1, hash), []);
    }

    /// <summary>The whole text of a small side file (the aliases), read with the same guards: "" for a zero-size or special file.</summary>
    public static string ReadText(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (!info.Exists) throw new FileNotFoundException("file not found", fullPath);
        if (info.Length == 0) return "";
        if (info.Length > MaxFileBytes) throw new IOException($"file is over {MaxFileBytes / (1024 * 1024)} MB");
        return StrictUtf8.GetString(ReadBounded(fullPath));
    }

    // A file may grow between the size check and the read; never read more than the limit.
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxFileBytes)
                throw new IOException($"file grew past {MaxFileBytes / (1024 * 1024)} MB while being read");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static Result Problem(string file, string message) => new(null, [new KnowledgeProblem(file, 1, message)]);
}
