using System.Collections.Concurrent;

namespace PeaceBot.Adapters.Security;

/// <summary>
/// Remembers the ids of signed requests answered (interaction ids, trigger ids, event ids) for as long as their
/// signature could still be accepted, so a replayed request inside that window is recognised and answered once.
/// </summary>
public sealed class ReplayGuard
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public ReplayGuard(TimeProvider clock) => _clock = clock;

    /// <summary>True the first time <paramref name="id"/> of this <paramref name="kind"/> is seen within <paramref name="window"/>; false for a replay.</summary>
    public bool TryClaim(string kind, string id, TimeSpan window)
    {
        var now = _clock.GetUtcNow();
        if (_until.Count > PruneAbove)
            foreach (var (k, until) in _until)
                if (until <= now) _until.TryRemove(k, out _);
        var key = kind + "\u001f" + id;
        while (true)
        {
            if (_until.TryAdd(key, now + window)) return true;
            if (!_until.TryGetValue(key, out var until)) continue;
            if (until > now) return false;
            if (_until.TryUpdate(key, now + window, until)) return true;
        }
    }
}
