using RadLine;
using Spectre.Console;

namespace PeaceBot.Cli;

/// <summary>
/// RadLine's line editor at a terminal: Left/Right, Home/End, Backspace/Delete edit the line; Up/Down recall
/// earlier lines of this session (the history holds what was typed, oldest first); Ctrl+D on an empty line ends input.
/// </summary>
public sealed class EditedLineInput : ILineInput
{
    private readonly CliConsole _console;
    private readonly LineEditor _editor;

    public EditedLineInput(CliConsole console, string prompt)
    {
        _console = console;
        _editor = new LineEditor(console.Ansi()) { Prompt = new LineEditorPrompt(Markup.Escape(prompt.TrimEnd())) };
        // One line at a time: RadLine binds bare Up/Down to moving between lines of a multi-line entry and Ctrl+Up/Down
        // to history; at a single-line prompt Up/Down recall earlier lines, as a shell does.
        _editor.KeyBindings.Remove(ConsoleKey.UpArrow);
        _editor.KeyBindings.Remove(ConsoleKey.DownArrow);
        _editor.KeyBindings.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
        _editor.KeyBindings.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
        _editor.KeyBindings.Add<EndOfInputCommand>(ConsoleKey.D, ConsoleModifiers.Control);
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        await _console.Out.FlushAsync(cancellationToken);
        try
        {
            return await _editor.ReadLine(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            return null; // the terminal went away (stdin closed): end of input, as with piped input
        }
    }
}
