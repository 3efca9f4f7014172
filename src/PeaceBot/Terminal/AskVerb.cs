using System.CommandLine;
using PeaceBot.Cli;
using PeaceBot.Core.Answers;

namespace PeaceBot.Terminal;

/// <summary>
/// <c>peacebot ask</c>: answers one command given as arguments, or every line of standard input in order
/// (batch mode, one answer per line with --json). A bad line gets an error answer; the batch goes on.
/// </summary>
public sealed class AskVerb : IVerb
{
    public Command Define(CliConsole console)
    {
        var knowledge = new Option<string?>("--knowledge") { Description = "Knowledge folder (default: ./knowledge or the bundled one)", HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "One JSON answer per line, for scripts" };
        var page = new Option<int>("--page") { Description = "Page of results (from 1)", DefaultValueFactory = _ => 1, HelpName = "N" };
        var pageSize = new Option<int?>("--page-size") { Description = "Results per page, 1–25 (default 5; 25 with --json)", HelpName = "N" };
        var words = new Argument<string[]>("command") { Description = "The chat command, e.g. \"/plan point 7\" (default: each line of standard input)", Arity = ArgumentArity.ZeroOrMore };
        page.Validators.Add(r => { if (CliValues.Int(r) is < 1) r.AddError("--page takes a whole number from 1."); });
        pageSize.Validators.Add(r => { if (CliValues.Int(r) is < 1 or > 25) r.AddError("--page-size takes a whole number from 1 to 25."); });
        var command = new Command("ask", "Answer one command, or each line of standard input") { knowledge, json, page, pageSize, words };
        command.Validators.Add(CliValues.NoUnknownOptions(words));
        command.SetAction((r, ct) => RunAsync(r.GetValue(knowledge), r.GetValue(json), r.GetValue(page), r.GetValue(pageSize), r.GetValue(words) ?? [], console, ct));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, bool json, int page, int? size, string[] words, CliConsole console, CancellationToken cancellationToken)
    {
        // Scripts reading JSON get a full page; people reading text get a screenful.
        var pageSize = size ?? (json ? 25 : 5);
        using var bot = await LocalBot.OpenAsync(folder, console, cancellationToken);
        if (bot is null) return 1;

        if (words.Length > 0)
        {
            await AnswerOne(bot, string.Join(' ', words), page, pageSize, json, console, cancellationToken);
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
        console.Out.WriteLine(json ? AnswerJson.Serialize(answer) : TextRenderer.Render(answer, pageSize, $"(more: add --page {answer.Page + 1} to the same command)", console.Width) + "\n");
        await console.Out.FlushAsync(cancellationToken);
    }
}
