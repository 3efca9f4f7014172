using PeaceBot.Core.Answers;
using PeaceBot.Core.Tests.Support;

namespace PeaceBot.Core.Tests.Specs;

/// <summary>Runs every case of Specs/answers/*.md through the engine and checks the answer against its expectations.</summary>
public sealed class AnswerSpecTests
{
    public static TheoryData<AnswerSpecCase> Cases()
    {
        var data = new TheoryData<AnswerSpecCase>();
        foreach (var c in AnswerSpecReader.ReadFolder(Path.Combine(AppContext.BaseDirectory, "Specs", "answers"))) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_meets_its_spec(AnswerSpecCase spec)
    {
        var knowledge = spec.Knowledge switch
        {
            "fixture" => LoadedKnowledge.Fixture,
            "quotes" => LoadedKnowledge.Quotes,
            "plans" => LoadedKnowledge.Plans,
            _ => LoadedKnowledge.Bundled,
        };
        var answer = knowledge.Ask(spec.Command, pageSize: 25, moderator: true);
        foreach (var (key, value) in spec.Expectations) Check(spec, answer, key, value);
        Verbatim.AssertAllIn(knowledge.Folder, answer);
    }

    private static void Check(AnswerSpecCase spec, Answer answer, string key, string value)
    {
        var where = $"{spec} [{key}: {value}] got: {AnswerJson.Serialize(answer)}";
        var parts = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case ["kind"]: Assert.True(answer.Kind.ToWire() == value, where); break;
            case ["outcome"]: Assert.True(string.Equals(answer.Outcome.ToString(), value, StringComparison.OrdinalIgnoreCase), where); break;
            case ["results"]: Assert.True(answer.Results.Count == int.Parse(value), where); break;
            case ["results", "at", "least"]: Assert.True(answer.Results.Count >= int.Parse(value), where); break;
            case ["message"]: Assert.True(answer.Message == value, where); break;
            case ["message", "contains"]: Assert.True(answer.Message.Contains(value, StringComparison.OrdinalIgnoreCase), where); break;
            case ["any", "result", "contains"]: Assert.True(answer.Results.Any(r => r.Text.Contains(value, StringComparison.OrdinalIgnoreCase)), where); break;
            case ["no", "result", "contains"]: Assert.True(answer.Results.All(r => !r.Text.Contains(value, StringComparison.OrdinalIgnoreCase)), where); break;
            case ["every", "date", "starts"]: Assert.True(answer.Results.All(r => r.Date?.ToString().StartsWith(value, StringComparison.Ordinal) == true), where); break;
            case ["dates", "in", "order"]: Assert.True(answer.Results.Select(r => r.Date!.Value.SortKey).SequenceEqual(answer.Results.Select(r => r.Date!.Value.SortKey).Order()), where); break;
            case ["result", var n, .. var field]:
                var i = int.Parse(n) - 1;
                Assert.True(answer.Results.Count > i, where);
                var r = answer.Results[i];
                var actual = string.Join(' ', field) switch
                {
                    "contains" => r.Text,
                    "speaker" => r.Speaker,
                    "date" => r.Date?.ToString(),
                    "plan" => r.Plan,
                    "point" => r.Point?.ToString(),
                    "file" => r.Source.File,
                    _ => throw new InvalidDataException($"{spec}: unknown field '{string.Join(' ', field)}'"),
                };
                // "(none)" expects the field to be absent: no speaker, no date.
                Assert.True(field is ["contains"] ? actual?.Contains(value, StringComparison.OrdinalIgnoreCase) == true
                    : actual == (value == "(none)" ? null : value), where);
                break;
            default: throw new InvalidDataException($"{spec}: unknown expectation '{key}'");
        }
    }
}
