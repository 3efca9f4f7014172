using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Adapters.Paging;

/// <summary>
/// The "More" button's token: the command text and next page travel in the token itself when they fit the
/// platform's limit (Discord's custom_id: 100 characters), so any replica can serve them; longer commands are
/// kept here for as long as the platform lets the button be pressed.
/// </summary>
public sealed class PageTokens
{
    private readonly int _maxLength;
    private const string Prefix = "more:";
    private const string PostPrefix = "post:";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const int MaxKept = 10_000;
    private readonly ConcurrentDictionary<string, (string Text, DateTimeOffset Until)> _kept = new();
    private readonly TimeProvider _time;

    public PageTokens(int maxLength, TimeProvider? time = null)
    {
        if (maxLength < 40) throw new ArgumentOutOfRangeException(nameof(maxLength), "a page token needs room for at least 40 characters");
        (_maxLength, _time) = (maxLength, time ?? TimeProvider.System);
    }

    public int MaxLength => _maxLength;

    public string Create(string commandText, int page, bool isPrivate) => Create(Prefix, commandText, page, isPrivate);

    /// <summary>The "Post publicly" button's token: the same page of the same command, to be posted in the channel.</summary>
    public string CreatePost(string commandText, int page) => Create(PostPrefix, commandText, page, isPrivate: false);

    private string Create(string prefix, string commandText, int page, bool isPrivate)
    {
        var head = $"{prefix}{page}:{(isPrivate ? 1 : 0)}:";
        if (head.Length + 1 + commandText.Length <= _maxLength) return head + "=" + commandText;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(commandText)), 0, 12);
        if (_kept.Count >= MaxKept) Sweep();
        _kept[key] = (commandText, _time.GetUtcNow() + Lifetime);
        return head + "#" + key;
    }

    /// <summary>The command and page a token asks for; null when it is not ours or has expired.</summary>
    public (string Text, int Page, bool Private)? Read(string? customId) => Read(Prefix, customId);

    /// <summary>The command and page a "Post publicly" token asks to post; null when it is not one or has expired.</summary>
    public (string Text, int Page)? ReadPost(string? customId) => Read(PostPrefix, customId) is { } post ? (post.Text, post.Page) : null;

    private (string Text, int Page, bool Private)? Read(string prefix, string? customId)
    {
        if (customId is null || !customId.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var parts = customId[prefix.Length..].Split(':', 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], out var page) || page < 1 || parts[1] is not ("0" or "1") || parts[2].Length < 2) return null;
        var isPrivate = parts[1] == "1";
        var rest = parts[2];
        if (rest[0] == '=') return (rest[1..], page, isPrivate);
        if (rest[0] == '#' && _kept.TryGetValue(rest[1..], out var kept) && kept.Until > _time.GetUtcNow()) return (kept.Text, page, isPrivate);
        return null;
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, value) in _kept)
            if (value.Until <= now) _kept.TryRemove(key, out _);
        if (_kept.Count >= MaxKept) _kept.Clear();
    }
}
