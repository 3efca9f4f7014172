namespace PeaceBot.Core.Answers;

/// <summary>What an answer answers; <see cref="AnswerKindNames"/> gives the wire names ("who-said", …).</summary>
public enum AnswerKind
{
    WhoSaid,
    Quotes,
    Plan,
    Timeline,
    Ask,
    Sources,
    Help,
    Status,
    Reload,
    Error,
}
