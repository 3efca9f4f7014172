using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PeaceBot.Slack.Protocol;

/// <summary>Parses the already-verified raw body as application/x-www-form-urlencoded.</summary>
internal static class FormBody
{
    public static Dictionary<string, string>? TryParse(byte[] body)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(body);
            var parsed = QueryHelpers.ParseQuery(text.StartsWith('?') ? text : "?" + text);
            return parsed.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
