using System.Diagnostics;
using CsCheck;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Robustness;

/// <summary>Any string at all, sent as any command, gets a well-formed answer: never an exception, never a hang.</summary>
public sealed class HostileCommandTests
{
    private static readonly string[] Prefixes = ["", "/who said ", "/plan point ", "/plan ", "/timeline ", "/ask ", "/", "who said ", "/sources ", "/help "];

    private static readonly string[] Nasty =
    [
        "(NATO AND \"Article 5\"~ OR [x TO y]) ^&* \\", "*", "?", "~", "\"", "\\", "{!}", "a:b", "+-&&||!(){}[]^\"~*?:\\/",
        ".*+?^${}()|[]\\", "(?<x>a)\\k<x>", "\u202e\u202d\u200f\u200e", "\u0000\u0001\u001f", "\ud800", "\udc00x\ud800",
        "путин переговоры", "🕊️🇺🇦", "<@123>", "@everyone", "<!channel>", "```js\nx\n```", "[a](http://x)", "2025-13", "9999999999",
        "-1", "0", "1e9", "NaN", "march", "may", "\t\r\n", new string(' ', 500),
    ];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 200].Select(c => new string(c)),
        Gen.OneOf(Nasty),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Select(Gen.OneOf(Nasty), Gen.String, (a, b) => a + b));

    private static readonly Gen<string> Command = Gen.Select(Gen.OneOf(Prefixes), Text, (p, t) => p + t);

    [Fact]
    public void The_parser_never_throws_and_always_explains_a_refusal()
    {
        Command.Sample(input =>
        {
            var parsed = CommandParser.Parse(input);
            Assert.True(parsed.IsValid || !string.IsNullOrWhiteSpace(parsed.Error));
            if (parsed.Command is { } c) Assert.True(CommandParser.Parse(c.Text).IsValid, c.Text);
        }, iter: SuiteSize.Pick(5_000, 100_000));
    }

    [Fact]
    public void The_engine_answers_every_command_with_a_message_or_results()
    {
        var knowledge = LoadedKnowledge.Bundled;
        var slowest = 0.0;
        Command.Sample(input =>
        {
            var clock = Stopwatch.StartNew();
            var answer = knowledge.Engine.AnswerAsync(new AnswerRequest(input, "test") { IsModerator = false }).GetAwaiter().GetResult();
            slowest = Math.Max(slowest, clock.Elapsed.TotalMilliseconds);
            Assert.NotNull(answer);
            Assert.NotEqual(AnswerOutcome.Failed, answer.Outcome);
            Assert.True(answer.Message.Trim().Length > 0 || answer.Results.Count > 0, input);
            Assert.True(AnswerJson.Serialize(answer).Length > 0);
        }, iter: SuiteSize.Pick(2_000, 100_000), threads: 1);
        Console.WriteLine($"hostile commands: slowest answer {slowest:0.0} ms");
    }

    [Fact]
    public void A_hundred_kilobyte_line_is_refused_quickly_with_a_message()
    {
        var answer = LoadedKnowledge.Bundled.Ask("/ask " + new string('x', 100_000));
        Assert.Equal(AnswerKind.Error, answer.Kind);
        Assert.Contains("characters", answer.Message);
    }
}
