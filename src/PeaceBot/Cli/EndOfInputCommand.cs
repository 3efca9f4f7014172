using RadLine;

namespace PeaceBot.Cli;

/// <summary>Ctrl+D on an empty line ends input, as at a shell (and as end of piped input does); on a line with text it does nothing.</summary>
public sealed class EndOfInputCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (context.Buffer.Content.Length == 0) context.Submit(SubmitAction.Cancel);
    }
}
