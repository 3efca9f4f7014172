namespace PeaceBot.Core.Answers;

public static class AnswerKindNames
{
    public static string ToWire(this AnswerKind kind) => kind switch
    {
        AnswerKind.WhoSaid => "who-said",
        AnswerKind.Quotes => "quotes",
        AnswerKind.Plan => "plan",
        AnswerKind.Timeline => "timeline",
        AnswerKind.Ask => "ask",
        AnswerKind.Sources => "sources",
        AnswerKind.Help => "help",
        AnswerKind.Status => "status",
        AnswerKind.Reload => "reload",
        AnswerKind.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An answer kind without a wire name."),
    };
}
