using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>Moderators' /status: what the knowledge holds and its problems.</summary>
public sealed class StatusModule : CommandModule<StatusCommand>
{
    public override string Name => "status";
    public override string Summary => "Moderators: what is loaded, and problems in the knowledge files";
    public override AnswerKind Kind => AnswerKind.Status;
    public override bool ModeratorOnly => true;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, "/status", "moderators: what is loaded and any problems in the knowledge files", [], ["/status"]),
    ];

    internal override ParsedCommand Parse(string word, string rest) => ParsedCommand.Ok(new StatusCommand());

    internal override Task<Answer> RunAsync(Command command, CommandRun run, CancellationToken cancellationToken) =>
        Task.FromResult(StatusHandler.Handle(run.Knowledge.Status));
}
