using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/sources: the knowledge files, newest first.</summary>
public sealed class SourcesModule : SnapshotCommandModule<SourcesCommand>
{
    public override string Name => "sources";
    public override IReadOnlyList<string> Aliases => ["source"];
    public override string Summary => "The articles and documents PeaceBot answers from";
    public override AnswerKind Kind => AnswerKind.Sources;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, CommandUsage.Sources, "the articles and documents the answers come from", [], ["/sources"]),
    ];

    internal override ParsedCommand Parse(string word, string rest) => ParsedCommand.Ok(new SourcesCommand());

    internal override Answer Answer(SourcesCommand command, CommandContext context) => SourcesHandler.Handle(context);
}
