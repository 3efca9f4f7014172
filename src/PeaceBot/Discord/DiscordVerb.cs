using Microsoft.Extensions.Configuration;
using PeaceBot.Cli;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Registration;

namespace PeaceBot.Discord;

/// <summary><c>peacebot discord register [--guild ID]</c>: uploads the slash commands the endpoint routes on.</summary>
public sealed class DiscordVerb : IVerb
{
    public string Name => "discord";
    public string Usage => "discord register [--guild ID]";
    public string Summary => "Register the slash commands with Discord (Discord__BotToken, Discord__ApplicationId).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        if (!TryParse(args, out var guild, out var error))
        {
            console.Error.WriteLine($"peacebot discord: {error}");
            console.Error.WriteLine($"usage: peacebot {Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new DiscordOptions();
        try
        {
            configuration.GetSection(DiscordOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            console.Error.WriteLine($"peacebot discord: bad Discord configuration: {e.Message}");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var changes = await new DiscordCommandRegistrar(http, options).RegisterAsync(guild, cancellationToken);
            console.Out.WriteLine(guild is null ? "Registered global commands (may take up to an hour to appear)." : $"Registered commands in guild {guild}.");
            Print(console.Out, "added", changes.Added);
            Print(console.Out, "updated", changes.Updated);
            Print(console.Out, "removed", changes.Removed);
            Print(console.Out, "unchanged", changes.Unchanged);
            return 0;
        }
        catch (DiscordRegistrationException e)
        {
            console.Error.WriteLine($"peacebot discord: {e.Message}");
            return 1;
        }
        catch (HttpRequestException e)
        {
            console.Error.WriteLine($"peacebot discord: could not reach Discord: {e.Message}");
            return 1;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            console.Error.WriteLine("peacebot discord: Discord did not answer in time.");
            return 1;
        }
    }

    private static void Print(TextWriter output, string label, IReadOnlyList<string> names) =>
        output.WriteLine($"  {label,-9} {(names.Count == 0 ? "-" : string.Join(", ", names.Select(n => "/" + n)))}");

    private static bool TryParse(IReadOnlyList<string> args, out string? guild, out string error)
    {
        guild = null;
        error = "";
        if (args.Count == 0 || args[0] != "register")
        {
            error = args.Count == 0 ? "missing sub-command" : $"unknown sub-command '{args[0]}'";
            return false;
        }
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--guild" && i + 1 < args.Count && guild is null)
            {
                guild = args[++i];
            }
            else
            {
                error = $"unexpected argument '{args[i]}'";
                return false;
            }
        }
        return true;
    }
}
