using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Handlers;
using PeaceBot.Core.Knowledge;

namespace PeaceBot.Core.Commands;

/// <summary>What a command's handler may use while it runs: the request, the knowledge, and one snapshot.</summary>
internal abstract class CommandRun
{
    public abstract AnswerRequest Request { get; }

    public abstract KnowledgeService Knowledge { get; }

    /// <summary>The importer behind /knowledge, or null when this bot has none.</summary>
    public abstract IKnowledgeImports? Imports { get; }

    /// <summary>Answers from the serving snapshot, held for the whole call; cached and cut to the requested page.</summary>
    public abstract Answer FromSnapshot(Func<CommandContext, Answer> answer);
}
