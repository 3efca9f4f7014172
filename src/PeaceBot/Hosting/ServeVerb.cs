using Microsoft.Extensions.Options;
using System.CommandLine;
using PeaceBot.Cli;

namespace PeaceBot.Hosting;

/// <summary>
/// <c>peacebot serve</c>: runs the bot for Discord and Slack (whichever is configured), the HTTP API, health and metrics.
/// A configuration error (a bad appsettings.json, a value that does not convert, one out of range, a required key
/// missing) prints one line naming the key and exits 1; it is checked before the host starts, so the host never logs
/// it with a stack trace.
/// </summary>
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
        WebApplication? app = null;
        try
        {
            app = PeaceBotHost.Build([.. args]);
            // The checks StartAsync would run, run here first: the host logs a failed start with its stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (ConfigurationError(e) is { } line)
        {
            console.Error.WriteLine($"peacebot serve: configuration: {line}");
            if (app is not null) await app.DisposeAsync();
            return 1;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException)
        {
            console.Error.WriteLine($"peacebot serve: could not start: {e.Message}");
            if (app is not null) await app.DisposeAsync();
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

    /// <summary>The one line for a configuration error, naming the key (or the file); null for any other failure.</summary>
    internal static string? ConfigurationError(Exception e) => e switch
    {
        OptionsValidationException v => string.Join("; ", v.Failures.Distinct().Select(f => NameTheKey(v.OptionsType, f))),
        // A value that does not convert: "Failed to convert configuration value 'lots' at 'RateLimit:PermitsPerWindow' to type 'System.Int32'."
        InvalidOperationException { Message: var m } when m.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => m,
        // A malformed appsettings.json: "Failed to load configuration from file '…'", with the parser's reason inside.
        InvalidDataException { Message: var m } => e.InnerException is { } inner ? $"{m} {inner.Message}" : m,
        AggregateException { InnerExceptions: [var only] } => ConfigurationError(only),
        _ => null,
    };

    /// <summary>
    /// A data-annotation failure names the property, not the key: "DataAnnotation validation failed for
    /// 'KnowledgeHostOptions' members: 'RescanSeconds' with the error: '…'." becomes "Knowledge:RescanSeconds: …".
    /// </summary>
    private static string NameTheKey(Type options, string failure)
    {
        var match = System.Text.RegularExpressions.Regex.Match(failure, "members: '(?<member>[^']+)' with the error: '(?<error>.*)'\\.?$");
        if (!match.Success || options.GetField("Section")?.GetValue(null) is not string section) return failure;
        return $"{section}:{match.Groups["member"].Value}: {match.Groups["error"].Value}";
    }
}
