using System.Collections.Concurrent;

namespace PeaceBot.Slack.Handlers;

/// <summary>Remembers event ids for an hour so Slack's retries (now, +1 min, +5 min) never produce a second reply.</summary>
internal sealed class EventDeduplicator(TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an id is seen.</summary>
    public bool TryClaim(string eventId)
    {
        var now = clock.GetUtcNow();
        if (_seen.Count > PruneAbove)
            foreach (var (id, at) in _seen)
                if (now - at > Keep) _seen.TryRemove(id, out _);
        return _seen.TryAdd(eventId, now);
    }
}
