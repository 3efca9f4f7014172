namespace PeaceBot.Discord.Gateway;

/// <summary>The last few thousand interaction ids answered, so a replay after RESUME is never answered twice.</summary>
internal sealed class RecentIds
{
    private const int Capacity = 4096;
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool Add(string id)
    {
        lock (_set)
        {
            if (!_set.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > Capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
