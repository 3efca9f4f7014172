using System.Text;
using System.Text.Json;

namespace PeaceBot.Adapters.Parsing;

/// <summary>
/// Whether a platform body is JSON every string of which can be read: well-formed, valid UTF-8, no lone surrogate
/// escape (<c>"\ud800"</c>), not nested absurdly deep. <see cref="JsonDocument"/> and <c>JsonNode</c> check strings
/// only when one is read, so without this a broken string deep in a body throws in the middle of a handler.
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 64;

    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            while (reader.Read())
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName) reader.GetString();
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>For text already decoded (a form field, a socket message); a lone surrogate in it fails too.</summary>
    public static bool IsValid(string text)
    {
        byte[] utf8;
        try
        {
            utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
        return IsValid(utf8);
    }
}
