namespace PeaceBot.Discord.Gateway;

/// <summary>Remembers the last N interaction ids, so an event replayed after RESUME is never answered twice.</summary>
public sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string id)
    {
        lock (_set)
        {
            if (!_set.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
