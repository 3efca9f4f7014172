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
        var command = new Command("chat", "Interactive prompt with the bundled knowledge, no credentials needed. At the prompt:\n" + commands
            + "\n  more — the next page of the last answer\n  quit — leave") { knowledge };
        command.SetAction((r, ct) => RunAsync(r.GetValue(knowledge), console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, CliConsole console, CancellationToken cancellationToken)
    {
        using var bot = await LocalBot.OpenAsync(folder, console, cancellationToken);
        if (bot is null) return 1;

        var s = bot.Knowledge.Status;
        console.Out.WriteLine($"PeaceBot — {s.Files} sources, {s.Passages} passages, {s.Plans} plans. Type /help, 'more' for the next page, 'quit' to leave.");
        Answer? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            console.Out.Write("> ");
            await console.Out.FlushAsync(cancellationToken);
            var line = await console.In.ReadLineAsync(cancellationToken);
            if (line is null) break;
            var text = line.Trim();
            if (text.Length == 0) continue;
            if (text is "quit" or "exit" or "/quit" or "/exit") break;

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
            last = await bot.Engine.AnswerAsync(request, cancellationToken);
            console.Out.WriteLine(TextRenderer.Render(last, width: console.Width));
            console.Out.WriteLine();
        }
        return 0;
    }
}
