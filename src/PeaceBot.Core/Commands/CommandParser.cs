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
        var name = verb.ToLowerInvariant();

        var parsed = name switch
        {
            "who" or "whosaid" or "who-said" when slashed || name != "who" || IsSaid(rest) => ParseWhoSaid(name, rest),
            "plan" or "plans" => ParsePlan(rest),
            "timeline" or "when" => rest.Length == 0
                ? ParsedCommand.Fail($"Which month or topic? Usage: {CommandUsage.Timeline}, e.g. /timeline august 2025.", "timeline")
                : ParsedCommand.Ok(new TimelineCommand(rest), "timeline"),
            "ask" => rest.Length == 0
                ? ParsedCommand.Fail($"What would you like to know? Usage: {CommandUsage.Ask}.", "ask")
                : ParsedCommand.Ok(new AskCommand(rest), "ask"),
            "sources" or "source" => ParsedCommand.Ok(new SourcesCommand(), "sources"),
            "help" or "start" => ParsedCommand.Ok(new HelpCommand(), "help"),
            "status" => ParsedCommand.Ok(new StatusCommand(), "status"),
            "reload" => ParsedCommand.Ok(new ReloadCommand(), "reload"),
            _ when slashed => ParsedCommand.Fail($"Unknown command /{Shorten(verb)}. Try {CommandUsage.Help} for the commands I know.", "unknown"),
            _ => ParsedCommand.Ok(new AskCommand(text), "ask"),
        };
        // Without a slash a failed command word was most likely just the first word of a question.
        return parsed.IsValid || slashed ? parsed : ParsedCommand.Ok(new AskCommand(text), "ask");
    }

    private static ParsedCommand ParseWhoSaid(string name, string rest)
    {
        if (name == "who")
        {
            var (next, words) = SplitFirst(rest);
            if (next.ToLowerInvariant() is "said" or "says" or "say") rest = words;
            else return ParsedCommand.Fail($"Usage: {CommandUsage.WhoSaid}, e.g. /who said a ceasefire is just a Band-Aid.", "who-said");
        }
        rest = rest.Trim().Trim('"', '“', '”', '«', '»', '\'').Trim();
        return rest.Length == 0
            ? ParsedCommand.Fail($"Which words? Usage: {CommandUsage.WhoSaid}, e.g. /who said a ceasefire is just a Band-Aid.", "who-said")
            : ParsedCommand.Ok(new WhoSaidCommand(rest), "who-said");
    }

    private static bool IsSaid(string rest) => SplitFirst(rest).First.ToLowerInvariant() is "said" or "says" or "say";

    private static ParsedCommand ParsePlan(string rest)
    {
        var (first, after) = SplitFirst(rest);
        var word = first.ToLowerInvariant();
        if (word is "" or "list" or "plans" or "all") return ParsedCommand.Ok(new PlanListCommand(), "plan");
        if (word is "point" or "points" or "pt" or "item" or "article" or "#")
        {
            if (after.Length == 0)
                return ParsedCommand.Fail($"Which point? Usage: {CommandUsage.PlanPoint}, e.g. /plan point 7.", "plan");
            (first, after) = SplitFirst(after);
        }
        var number = first.TrimStart('#').TrimEnd('.', ',', ':');
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var point))
            return ParsedCommand.Fail($"The point must be a whole number, not \"{Shorten(first)}\". Usage: {CommandUsage.PlanPoint}, e.g. /plan point 7.", "plan");
        if (point is < 1 or > MaxPoint)
            return ParsedCommand.Fail($"Point numbers start at 1. Usage: {CommandUsage.PlanPoint}.", "plan");
        var plan = after.Trim();
        return ParsedCommand.Ok(new PlanPointCommand(point, plan.Length == 0 ? null : plan), "plan");
    }

    private static (string First, string Remainder) SplitFirst(string text)
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

    private static string Shorten(string s) => s.Length <= 32 ? s : s[..32] + "…";
}
