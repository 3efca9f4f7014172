using System.Text;

namespace PeaceBot.Core.Search;

/// <summary>
/// A snippet's words as one comparable key — lower case, curly apostrophes straightened, punctuation dropped, single
/// spaces — so that the same passage found twice (a paragraph copied into two files) is shown once.
/// </summary>
internal static class SnippetKey
{
    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text)
        {
            var ch = c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(ch) || ch == '\'')
            {
                key.Append(ch);
                space = false;
            }
            else if (!space)
            {
                key.Append(' ');
                space = true;
            }
        }
        return key.ToString().Trim();
    }
}
