namespace PeaceBot.Bench;

public sealed record HttpFigures(double RequestsPerSecond, Percentiles Latency, int Errors);
