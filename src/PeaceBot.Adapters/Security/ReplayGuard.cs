using System.Collections.Concurrent;

namespace PeaceBot.Adapters.Security;

/// <summary>
/// Remembers the ids of signed requests answered (interaction ids, trigger ids, event ids) for as long as their
/// signature stays acceptable, so a replayed request inside the window is recognised and answered once only.
/// </summary>
public sealed class ReplayGuard
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _window;

    public ReplayGuard(TimeProvider clock, TimeSpan window) => (_clock, _window) = (clock, window);

    /// <summary>True the first time <paramref name="id"/> is seen within the window; false for a replay.</summary>
    public bool TryClaim(string kind, string id)
    {
        var now = _clock.GetUtcNow();
        if (_seen.Count > PruneAbove)
            foreach (var (key, at) in _seen)
                if (now - at > _window) _seen.TryRemove(key, out _);
        var key2 = kind + "\u001f" + id;
        if (_seen.TryAdd(key2, now)) return true;
        if (_seen.TryGetValue(key2, out var first) && now - first > _window && _seen.TryUpdate(key2, now, first)) return true;
        return false;
    }
}
