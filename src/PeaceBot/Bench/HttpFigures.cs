namespace PeaceBot.Bench;

public sealed record HttpFigures(double RequestsPerSecond, Percentiles Latency, int Errors)
{
    /// <summary>Runs of the same set-up as one figure: requests over the total time, every latency, every error.</summary>
    public static HttpFigures Combine(IReadOnlyList<(HttpFigures Figures, double Seconds)> runs)
    {
        var latency = new Percentiles();
        foreach (var (f, _) in runs) latency.AddAll(f.Latency);
        var seconds = runs.Sum(r => r.Seconds);
        return new HttpFigures(runs.Sum(r => r.Figures.RequestsPerSecond * r.Seconds) / Math.Max(0.001, seconds), latency, runs.Sum(r => r.Figures.Errors));
    }
}
