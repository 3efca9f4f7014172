using System.Globalization;
using System.Text;

namespace PeaceBot.Core.Commands;

/// <summary>
/// The one grammar every front end shares. Accepts the command with or without its leading slash; text that
/// names no command and has no slash is a question (/ask). Never throws.
/// </summary>
public static class CommandParser
{
    public const int MaxLength = 1000;
    public const int MaxPoint = 10_000;

    public static ParsedCommand Parse(string? input)
    {
        if (input?.Length > MaxLength * 4) return TooLong(input.Length);
        var text = Clean(input);
        if (text.Length > MaxLength) return TooLong(text.Length);
        if (text.Length == 0)
            return ParsedCommand.Fail($"Empty command. Try {CommandUsage.Help} for what I can answer.");

        var slashed = text[0] == '/';
        if (slashed) text = text[1..].TrimStart();
        var (verb, rest) = SplitFirst(text);
        var word = verb.ToLowerInvariant();

        if (CommandCatalog.Find(word) is { } module)
        {
            var parsed = module.Parse(word, rest);
            // Without a slash a failed command word was most likely just the first word of a question.
            return parsed.IsValid || slashed ? parsed : ParsedCommand.Ok(new AskCommand(text));
        }
        return slashed
            ? ParsedCommand.Fail($"Unknown command /{Shorten(verb)}. Try {CommandUsage.Help} for the commands I know.")
            : ParsedCommand.Ok(new AskCommand(text));
    }

    internal static (string First, string Remainder) SplitFirst(string text)
    {
        var i = text.IndexOf(' ');
        return i < 0 ? (text, "") : (text[..i], text[(i + 1)..].Trim());
    }

    // Control and format characters out, every run of whitespace to one space.
    private static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "";
        var sb = new StringBuilder(Math.Min(input.Length, MaxLength + 16));
        var space = false;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            var cat = char.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static ParsedCommand TooLong(int length) =>
        ParsedCommand.Fail($"That is {length} characters; please keep a command under {MaxLength}.");

    internal static string Shorten(string s) => s.Length <= 32 ? s : s[..32] + "…";
}
