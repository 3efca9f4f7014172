using System.Text.Json;
using Microsoft.Extensions.Options;
using System.CommandLine;
using PeaceBot.Adapters.Http;
using PeaceBot.Cli;
using PeaceBot.Discord.Commands;
using PeaceBot.Discord.Configuration;
using PeaceBot.Discord.Rest;

namespace PeaceBot.Discord;

/// <summary>
/// <c>peacebot discord register [--guild ID]</c>: replaces the application's commands (globally, or in one server
/// for instant updates) with the set the endpoint routes on, and prints what changed.
/// </summary>
public sealed class DiscordRegisterVerb : IVerb
{
    public Command Define(CliConsole console)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in this server only (instant), not globally", HelpName = "ID" };
        var register = new Command("register", "Register the slash commands with Discord (needs Discord__ApplicationId and Discord__BotToken). "
            + "Further --Discord:Key value pairs override configuration.")
        {
            guild,
        };
        register.TreatUnmatchedTokensAsErrors = false;
        register.SetAction((r, ct) => RunAsync(r.GetValue(guild), r.UnmatchedTokens, console, ct));
        return new Command("discord", "Discord set-up") { register };
    }

    private static async Task<int> RunAsync(string? guild, IReadOnlyList<string> overrides, CliConsole console, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables().AddCommandLine([.. overrides]).Build();
        var options = configuration.GetSection(DiscordOptions.Section).Get<DiscordOptions>() ?? new DiscordOptions();
        if (string.IsNullOrWhiteSpace(options.ApplicationId) || string.IsNullOrWhiteSpace(options.BotToken))
        {
            console.Error.WriteLine("peacebot discord register: set Discord__ApplicationId and Discord__BotToken.");
            return 2;
        }
        if (guild is not null && !ulong.TryParse(guild, out _))
        {
            console.Error.WriteLine("peacebot discord register: --guild takes a numeric server id.");
            return 2;
        }

        using var http = ChatApiRetry.CreateClient(DiscordRestClient.Retry);
        var rest = new DiscordRestClient(http, Options.Create(options));
        var commands = CommandRegistrationJson.Build();
        using var response = await rest.OverwriteCommandsAsync(guild, commands, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            console.Error.WriteLine($"peacebot discord register: Discord answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
            return 1;
        }
        var names = JsonDocument.Parse(body).RootElement.EnumerateArray().Select(c => "/" + c.GetProperty("name").GetString());
        console.Out.WriteLine($"Registered {commands.Count} commands {(guild is null ? "globally (may take up to an hour to appear)" : $"in server {guild}")}: {string.Join(", ", names)}");
        return 0;
    }
}
