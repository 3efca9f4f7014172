using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// /help: every command's forms from <see cref="CommandCatalog"/>; /help &lt;command&gt;: one command in full, with
/// examples the loaded knowledge answers (<see cref="HelpExamples"/>).
/// </summary>
internal static class HelpHandler
{
    public const string Intro = "PeaceBot answers with quoted, cited passages from its sources on the Russia–Ukraine peace talks; it never writes its own text.";

    /// <param name="context">The loaded knowledge examples are drawn from; null while it is still loading.</param>
    public static Answer Handle(HelpCommand command, bool isModerator, CommandContext? context)
    {
        if (command.Topic is { } topic && CommandCatalog.Find(topic) is { } module)
            return new Answer(AnswerKind.Help, Describe(module, context), []);
        var lines = CommandCatalog.All
            .Where(m => isModerator || !m.ModeratorOnly)
            .SelectMany(m => m.Forms)
            .Select(f => $"{f.Usage} — {f.Summary}");
        return new Answer(AnswerKind.Help, Intro + "\n" + string.Join('\n', lines), []);
    }

    private static string Describe(CommandModule module, CommandContext? context)
    {
        var lines = new List<string>();
        foreach (var form in module.Forms)
        {
            var examples = HelpExamples.For(module, form, context);
            lines.Add($"{form.Usage} — {form.Summary}");
            foreach (var a in form.Arguments)
                lines.Add($"  {a.Name}{(a.Required ? "" : " (optional)")}: {a.Description}");
            if (examples.Count > 0) lines.Add("  e.g. " + string.Join(" · ", examples));
        }
        if (module.Aliases.Count > 0) lines.Add("Also written: " + string.Join(", ", module.Aliases.Select(a => "/" + a)));
        if (module.ModeratorOnly) lines.Add("Moderators only.");
        return string.Join('\n', lines);
    }
}
