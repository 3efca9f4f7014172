using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>Moderators' /reload: re-index the knowledge folder now and report what changed.</summary>
public sealed class ReloadModule : CommandModule<ReloadCommand>
{
    public override string Name => "reload";
    public override string Summary => "Moderators: re-read the knowledge files now";
    public override AnswerKind Kind => AnswerKind.Reload;
    public override bool ModeratorOnly => true;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, "/reload", "moderators: re-read the knowledge folder now", [], ["/reload"]),
    ];

    internal override ParsedCommand Parse(string word, string rest) => ParsedCommand.Ok(new ReloadCommand());

    internal override async Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken) =>
        StatusHandler.Reloaded(await run.Knowledge.ReloadAsync(cancellationToken).ConfigureAwait(false));
}
