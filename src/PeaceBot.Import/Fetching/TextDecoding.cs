using System.Text;
using System.Text.RegularExpressions;

namespace PeaceBot.Import.Fetching;

/// <summary>Bytes to text: a byte-order mark, then the declared charset (header, then an HTML meta tag), then UTF-8.</summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? declaredCharset, PageKind kind)
    {
        var encoding = FromBom(bytes, out var skip)
            ?? Named(declaredCharset)
            ?? (kind == PageKind.Html ? Named(MetaCharset(bytes)) : null)
            ?? new UTF8Encoding(false);
        return encoding.GetString(bytes, skip, bytes.Length - skip).Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static Encoding? FromBom(byte[] b, out int skip)
    {
        skip = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) { skip = 3; return new UTF8Encoding(false); }
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) { skip = 2; return Encoding.Unicode; }
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) { skip = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var m = MetaCharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
