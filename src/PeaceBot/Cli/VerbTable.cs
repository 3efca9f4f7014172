using PeaceBot.Terminal;

namespace PeaceBot.Cli;

/// <summary>Every verb the executable knows, in the order <c>peacebot --help</c> lists them.</summary>
public static class VerbTable
{
    public static IReadOnlyList<IVerb> All { get; } =
    [
        new ChatVerb(),
        new AskVerb(),
        new CheckVerb(),
        new ImportVerb(),
        new Hosting.ServeVerb(),
        new Hosting.ProbeVerb(),
        new Discord.DiscordRegisterVerb(),
        new Bench.BenchVerb(),
    ];
}
