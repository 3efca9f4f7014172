using PeaceBot.Core.Answers;
using PeaceBot.Core.Handlers;

namespace PeaceBot.Core.Commands.Modules;

/// <summary>/quotes &lt;person&gt; [about &lt;topic&gt;]: what a person is quoted as saying, newest first.</summary>
public sealed class QuotesModule : SnapshotCommandModule<QuotesCommand>
{
    public const string About = "about";

    public override string Name => "quotes";
    public override string Summary => "What a person is quoted as saying, newest first";
    public override AnswerKind Kind => AnswerKind.Quotes;

    public override IReadOnlyList<CommandForm> Forms { get; } =
    [
        new(null, CommandUsage.Quotes, "what a person is quoted as saying, newest first (any spelling of the name)",
            [
                new("person", ArgumentKind.Text, "Who (any spelling of the name)", Required: true, AutocompleteSource.Speaker) { MaxLength = 100 },
                new("topic", ArgumentKind.Text, "Only quotes about these words", Keyword: About) { MaxLength = 200 },
            ],
            ["/quotes Zelensky", "/quotes Putin about ceasefire"]),
    ];

    internal override ParsedCommand Parse(string word, string rest)
    {
        var text = " " + rest + " ";
        var at = text.IndexOf($" {About} ", StringComparison.OrdinalIgnoreCase);
        var person = (at < 0 ? rest : text[..at]).Trim().Trim('"', '“', '”', '«', '»', '\'').Trim();
        var topic = at < 0 ? "" : text[(at + About.Length + 2)..].Trim();
        if (person.Length == 0) return ParsedCommand.Fail("Whose quotes? " + UsageOf());
        if (at >= 0 && topic.Length == 0) return ParsedCommand.Fail($"About what? {UsageOf()}");
        return ParsedCommand.Ok(new QuotesCommand(person, topic.Length == 0 ? null : topic));
    }

    internal override Answer Answer(QuotesCommand command, CommandContext context) => QuotesHandler.Handle(command, context);
}
