namespace PeaceBot.Core.Tests.Robustness;

/// <summary>
/// Robustness suites run small in CI and at full size with <c>PEACEBOT_FULL_SUITES=1</c> (see README "Reliability").
/// </summary>
public static class SuiteSize
{
    public static bool Full => Environment.GetEnvironmentVariable("PEACEBOT_FULL_SUITES") == "1";

    public static long Pick(long small, long full) => Full ? full : small;
}
