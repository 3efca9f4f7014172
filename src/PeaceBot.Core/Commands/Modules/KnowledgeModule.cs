using PeaceBot.Core.Answers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>
/// Moderators' /knowledge: import an article from a link (validated and previewed), list the imported files, remove
/// one. After a change the knowledge is reloaded at once, so the new article answers in the next command.
/// </summary>
public sealed class KnowledgeModule : CommandModule<KnowledgeCommand>
{
    public override string Name => "knowledge";
    public override string Summary => "Moderators: add an article from a link, list or remove imported files";
    public override AnswerKind Kind => AnswerKind.Reload;
    public override bool ModeratorOnly => true;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new("add", "/knowledge add <url>", "moderators: import an article from a link (or, on Discord, an uploaded file) and preview it",
            [
                // Not required where uploads exist: a link or a file. Without either the command says which it needs.
                new CommandArgument("url", ArgumentKind.Text, "Link to the article (http or https)") { MaxLength = 2000 },
                new CommandArgument("file", ArgumentKind.Attachment, "Or a saved article to import: a .md, .txt or .html file"),
            ],
            ["/knowledge add https://example.org/news/talks-resume"]),
        new("list", "/knowledge list", "moderators: list imported files", [], ["/knowledge list"]),
        new("remove", "/knowledge remove <file>", "moderators: remove an imported file",
            [new CommandArgument("file", ArgumentKind.Text, "File name, as /knowledge list shows it", Required: true) { MaxLength = 200 }],
            ["/knowledge remove talks-resume-in-geneva.md"]),
    ];

    internal override ParsedCommand Parse(string word, string rest)
    {
        var space = rest.IndexOf(' ');
        var action = (space < 0 ? rest : rest[..space]).ToLowerInvariant();
        var argument = space < 0 ? "" : rest[(space + 1)..].Trim();
        return action switch
        {
            "list" => ParsedCommand.Ok(new KnowledgeCommand("list", null)),
            // "/knowledge add" alone is fine when a file came with it; that is known when it runs.
            "add" when argument.Length == 0 => ParsedCommand.Ok(new KnowledgeCommand("add", null)),
            "remove" when argument.Length == 0 => ParsedCommand.Fail($"Which file? {UsageOf(2)}"),
            "add" or "remove" when argument.Contains(' ') => ParsedCommand.Fail($"Give one {(action == "add" ? "link" : "file name")}. {UsageOf(action == "add" ? 0 : 2)}"),
            "add" or "remove" => ParsedCommand.Ok(new KnowledgeCommand(action, argument)),
            _ => ParsedCommand.Fail("Use /knowledge add <url>, /knowledge list or /knowledge remove <file>."),
        };
    }

    internal override async Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken)
    {
        var c = (KnowledgeCommand)command;
        if (run.Imports is not { } imports)
            return new Answer(Kind, "Importing is not set up on this bot (no writable import folder); ask the operator to set Knowledge:ImportFolder.", [])
                { Outcome = AnswerOutcome.Failed };
        switch (c.Action)
        {
            case "list":
                var files = imports.List();
                return new Answer(Kind, files.Count == 0 ? "No imported files yet. Add one with /knowledge add <url>." : $"Imported files ({files.Count}):\n" + string.Join('\n', files), []);
            case "remove":
                if (imports.Remove(c.Argument!) is { } why) return new Answer(Kind, $"Not removed: {why}.", []) { Outcome = AnswerOutcome.BadRequest };
                await run.Knowledge.ReloadAsync(cancellationToken).ConfigureAwait(false);
                return new Answer(Kind, $"Removed {c.Argument}; the bot no longer answers from it.", []);
            default:
                var upload = run.Request.Attachments.FirstOrDefault(a => a.Option == "file");
                if (c.Argument is null && upload is null) return Answer.Error($"Which link? {UsageOf(0)}");
                if (c.Argument is not null && upload is not null)
                    return new Answer(Kind, "Give a link or a file, not both.", []) { Outcome = AnswerOutcome.BadRequest };
                var (written, message) = upload is not null
                    ? await imports.AddAttachmentAsync(upload, cancellationToken).ConfigureAwait(false)
                    : await imports.AddAsync(c.Argument!, cancellationToken).ConfigureAwait(false);
                if (!written) return new Answer(Kind, $"Not imported: {message}", []) { Outcome = AnswerOutcome.BadRequest };
                await run.Knowledge.ReloadAsync(cancellationToken).ConfigureAwait(false);
                return new Answer(Kind, message, []);
        }
    }
}
