using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PeaceBot.Core.Knowledge;

/// <summary>
/// Reads the aliases file: a YAML mapping of canonical name to a list of spellings.
/// <code>Volodymyr Zelensky: [Zelensky, Zelenskyy, Zelenskiy]</code>
/// </summary>
public static class AliasFileParser
{
    public static (AliasTable Table, IReadOnlyList<KnowledgeProblem> Problems) Parse(string text, string file)
    {
        var problems = new List<KnowledgeProblem>();
        var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return (AliasTable.Empty, problems);
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new(file, 1, "aliases must be a mapping of canonical name to a list of spellings"));
                return (AliasTable.Empty, problems);
            }
            foreach (var (keyNode, valueNode) in root.Children)
            {
                var line = (int)keyNode.Start.Line;
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } canonical })
                {
                    problems.Add(new(file, line, "an alias key must be a name"));
                    continue;
                }
                var spellings = valueNode switch
                {
                    YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList(),
                    YamlScalarNode { Value: { Length: > 0 } one } => [one],
                    _ => null,
                };
                if (spellings is null)
                {
                    problems.Add(new(file, line, $"'{canonical}' needs a list of spellings"));
                    continue;
                }
                entries.Add(new(canonical, spellings));
            }
        }
        catch (YamlException e)
        {
            problems.Add(new(file, (int)e.Start.Line, $"unreadable YAML: {e.Message}"));
        }
        return (new AliasTable(entries), problems);
    }
}
