namespace PeaceBot.Core.Commands;

/// <summary>Moderators: /knowledge add &lt;url&gt;, /knowledge list, /knowledge remove &lt;file&gt;.</summary>
public sealed record KnowledgeCommand(string Action, string? Argument) : Command
{
    public override string Text => Argument is null ? $"/knowledge {Action}" : $"/knowledge {Action} {Argument}";
}
