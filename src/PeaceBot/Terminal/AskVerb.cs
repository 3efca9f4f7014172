using PeaceBot.Cli;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>
/// <c>peacebot ask</c>: answers one command given as arguments, or every line of standard input in order
/// (batch mode, one answer per line with --json). A bad line gets an error answer; the batch goes on.
/// </summary>
public sealed class AskVerb : IVerb
{
    public string Name => "ask";
    public string Usage => "ask [--knowledge DIR] [--json] [--page N] [--page-size N] [\"<command>\"]";
    public string Summary => "answer one command, or each line of standard input";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var parsed = VerbArgs.Parse(args, ["knowledge", "page", "page-size"], ["json"]);
        if (parsed.Error is { } error)
        {
            console.Error.WriteLine($"peacebot ask: {error}\nusage: peacebot {Usage}");
            return 2;
        }
        var page = 1;
        if (parsed.Value("page") is { } p && (!int.TryParse(p, out page) || page < 1))
        {
            console.Error.WriteLine("peacebot ask: --page takes a whole number from 1.");
            return 2;
        }

        // Scripts reading JSON get a full page; people reading text get a screenful.
        var pageSize = parsed.Has("json") ? 25 : 5;
        if (parsed.Value("page-size") is { } ps && (!int.TryParse(ps, out pageSize) || pageSize is < 1 or > 25))
        {
            console.Error.WriteLine("peacebot ask: --page-size takes a whole number from 1 to 25.");
            return 2;
        }

        using var bot = await LocalBot.OpenAsync(parsed.Value("knowledge"), console, cancellationToken);
        if (bot is null) return 1;
        var json = parsed.Has("json");

        if (parsed.Positional.Count > 0)
        {
            await AnswerOne(bot, string.Join(' ', parsed.Positional), page, pageSize, json, console, cancellationToken);
            return 0;
        }
        while (await console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Trim().Length == 0 && !json) continue;
            await AnswerOne(bot, line, page, pageSize, json, console, cancellationToken);
        }
        return 0;
    }

    private static async Task AnswerOne(LocalBot bot, string text, int page, int pageSize, bool json, CliConsole console, CancellationToken cancellationToken)
    {
        var request = new AnswerRequest(text, "console", page, pageSize) { IsModerator = true };
        var answer = await bot.Engine.AnswerAsync(request, cancellationToken);
        console.Out.WriteLine(json ? AnswerJson.Serialize(answer) : TextRenderer.Render(answer, pageSize) + "\n");
        await console.Out.FlushAsync(cancellationToken);
    }
}
