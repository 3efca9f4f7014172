using Microsoft.Extensions.Options;
using System.CommandLine;
using PeaceBot.Cli;

namespace PeaceBot.Hosting;

/// <summary><c>peacebot serve</c>: runs the bot for Discord and Slack (whichever is configured), the HTTP API, health and metrics.</summary>
public sealed class ServeVerb : IVerb
{
    public Command Define(CliConsole console)
    {
        var command = new Command("serve", "Run the bot: Discord, Slack, /api/ask, /healthz, /readyz, /metrics. Any further "
            + "--urls URL, --Knowledge:Folder DIR or --Section:Key value overrides configuration (as appsettings.json does).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((r, ct) => RunAsync(r.UnmatchedTokens, console, ct));
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = PeaceBotHost.Build([.. args]);
            await app.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures) console.Error.WriteLine($"peacebot serve: configuration: {failure}");
            return 1;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            console.Error.WriteLine($"peacebot serve: could not start: {e.Message}");
            return 1;
        }

        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            await app.DisposeAsync();
        }
        return 0;
    }
}
