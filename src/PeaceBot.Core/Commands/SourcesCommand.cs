namespace PeaceBot.Core.Commands;

public sealed record SourcesCommand : Command
{
    public override string Text => "/sources";
}
