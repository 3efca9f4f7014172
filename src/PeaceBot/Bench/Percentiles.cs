namespace PeaceBot.Bench;

/// <summary>Latencies in milliseconds and their percentiles (nearest rank).</summary>
public sealed class Percentiles
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(double ms) => _ms.Add(ms);

    /// <summary>All of another run's latencies, as if measured here.</summary>
    public void AddAll(Percentiles other) => _ms.AddRange(other._ms);

    public double At(double percentile)
    {
        if (_ms.Count == 0) return 0;
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public double Max => _ms.Count == 0 ? 0 : _ms.Max();
}
