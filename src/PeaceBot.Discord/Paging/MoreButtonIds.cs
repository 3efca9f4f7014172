using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PeaceBot.Discord.Rendering;

namespace PeaceBot.Discord.Paging;

/// <summary>
/// Encodes "fetch page N of this command" into a button custom id (≤ 100 chars). Short commands travel inline
/// ("more:2:t:/ask …"); long ones are stored under a hash ("more:2:h:…") in a bounded in-memory cache, so after a
/// restart or eviction the click gets "expired, ask again" instead of a wrong answer.
/// </summary>
public sealed class MoreButtonIds
{
    public const string Prefix = "more:";
    public const int MaxStored = 10_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, (string Text, DateTimeOffset Stored)> _stored = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public MoreButtonIds(TimeProvider clock) => _clock = clock;

    public string Create(string commandText, int page)
    {
        var head = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{page}:");
        var inline = head + "t:" + commandText;
        if (inline.Length <= DiscordLimits.CustomId) return inline;

        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(commandText)), 0, 18)
            .Replace('+', '-').Replace('/', '_');
        if (_stored.Count >= MaxStored) Prune();
        _stored[hash] = (commandText, _clock.GetUtcNow());
        return head + "h:" + hash;
    }

    public MoreButtonLookup Resolve(string? customId)
    {
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal)) return MoreButtonLookup.Invalid;
        var rest = customId.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 2 || page > 1000)
            return MoreButtonLookup.Invalid;
        rest = rest[(colon + 1)..];
        if (rest.StartsWith("t:") && rest.Length > 2) return MoreButtonLookup.Found(rest[2..].ToString(), page);
        if (rest.StartsWith("h:") && rest.Length > 2)
        {
            return _stored.TryGetValue(rest[2..].ToString(), out var entry) && _clock.GetUtcNow() - entry.Stored <= Lifetime
                ? MoreButtonLookup.Found(entry.Text, page)
                : MoreButtonLookup.Expired;
        }
        return MoreButtonLookup.Invalid;
    }

    private void Prune()
    {
        var cutoff = _clock.GetUtcNow() - Lifetime;
        foreach (var (key, value) in _stored)
            if (value.Stored < cutoff) _stored.TryRemove(key, out _);
        // Still full of fresh entries: drop the oldest half rather than grow without bound.
        if (_stored.Count >= MaxStored)
            foreach (var key in _stored.OrderBy(e => e.Value.Stored).Take(_stored.Count / 2).Select(e => e.Key).ToList())
                _stored.TryRemove(key, out _);
    }
}
