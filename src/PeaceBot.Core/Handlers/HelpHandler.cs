using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;

namespace PeaceBot.Core.Handlers;

internal static class HelpHandler
{
    public static Answer Handle(bool isModerator)
    {
        var lines = CommandUsage.All.Select(c => $"{c.Usage} — {c.Summary}").ToList();
        if (isModerator)
        {
            lines.Add("/status — moderators: what is loaded and any problems in the knowledge files");
            lines.Add("/reload — moderators: re-read the knowledge folder now");
        }
        var message = "PeaceBot answers with quoted, cited passages from its sources on the Russia–Ukraine peace talks; it never writes its own text.\n"
            + string.Join('\n', lines);
        return new Answer(AnswerKind.Help, message, []);
    }
}
