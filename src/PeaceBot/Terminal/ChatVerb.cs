using System.CommandLine;
using PeaceBot.Cli;
using CommandCatalog = PeaceBot.Core.Commands.CommandCatalog;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>
/// <c>peacebot chat</c>: an interactive prompt over the same engine the platforms use — the local test backend.
/// "more" shows the next page of the last answer; "quit" or end of input leaves.
/// </summary>
public sealed class ChatVerb : IVerb
{
    public Command Define(CliConsole console)
    {
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge folder (default: ./knowledge or the bundled one)", HelpName = "DIR" };
        var commands = string.Join("\n", CommandCatalog.All.SelectMany(m => m.Forms.Select(f => $"  {f.Usage} — {f.Summary}")));
        var storage = new Option<string?>("--storage")
        {
            Description = "SQLite file to record answers and good/bad votes in (the Storage:Path the operator console reads; default: Storage__Path, else memory)",
            HelpName = "FILE",
        };
        var command = new Command("chat", "Interactive prompt with the bundled knowledge, no credentials needed. At the prompt:\n" + commands
            + "\n  more — the next page of the last answer\n  good, bad — vote on the last answer (as 👍/👎 do)\n  quit — leave") { knowledge, storage };
        command.SetAction((r, ct) => RunAsync(r.GetValue(knowledge), r.GetValue(storage) ?? Environment.GetEnvironmentVariable("Storage__Path"), console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, string? storage, CliConsole console, CancellationToken cancellationToken)
    {
        using var bot = await LocalBot.OpenAsync(folder, console, cancellationToken, progress: true);
        if (bot is null) return 1;
        ChatFeedback feedback;
        try
        {
            feedback = await ChatFeedback.OpenAsync(storage, bot.Engine, cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"peacebot: cannot open --storage {storage}: {e.Message}");
            return 1;
        }
        await using var votes = feedback;

        var s = bot.Knowledge.Status;
        console.Out.WriteLine($"PeaceBot — {s.Files} sources, {s.Passages} passages, {s.Plans} plans. Type /help, 'more' for the next page, 'good' or 'bad' to vote on an answer, 'quit' to leave.");
        Answer? last = null;
        var input = ILineInput.For(console, "> ");
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null) break;
            var text = line.Trim();
            if (text.Length == 0) continue;
            if (text is "quit" or "exit" or "/quit" or "/exit") break;

            if (text is "good" or "bad" or "/good" or "/bad")
            {
                console.Out.WriteLine(await votes.VoteAsync(text.TrimStart('/') == "good", cancellationToken));
                continue;
            }

            AnswerRequest request;
            if (text is "more" or "/more")
            {
                if (last is not { HasMore: true })
                {
                    console.Out.WriteLine("Nothing more to show.");
                    continue;
                }
                request = new AnswerRequest(last.CommandText, "console", last.Page + 1) { IsModerator = true };
            }
            else
            {
                request = new AnswerRequest(text, "console") { IsModerator = true };
            }
            last = await votes.Answers.AnswerAsync(request, cancellationToken);
            votes.Answered(last);
            console.Out.WriteLine(TextRenderer.Render(last, width: console.Width));
            console.Out.WriteLine();
        }
        return 0;
    }
}
