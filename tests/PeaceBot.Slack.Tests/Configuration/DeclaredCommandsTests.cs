using PeaceBot.Core.Commands;
using PeaceBot.Slack.Handlers;
using YamlDotNet.RepresentationModel;

namespace PeaceBot.Slack.Tests.Configuration;

/// <summary>Every command the core declares reaches the core from Slack, and the app manifest agrees with the declarations.</summary>
public sealed class DeclaredCommandsTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var m in CommandCatalog.All)
            foreach (var e in m.Forms.SelectMany(f => f.Examples)) data.Add(m.Name, e);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_reaches_its_command_through_the_catch_all_and_its_own_slash_command(string name, string example)
    {
        var module = CommandCatalog.Find(name)!;
        var words = example.TrimStart('/');
        var (viaCatchAll, _) = SlackCommandText.Build("/peacebot", words, "/peacebot");
        var rest = words.Length > name.Length ? words[(name.Length + 1)..] : "";
        var (viaOwn, _) = SlackCommandText.Build("/" + name, rest, "/peacebot");
        foreach (var text in new[] { viaCatchAll, viaOwn })
        {
            var parsed = CommandParser.Parse(text);
            Assert.True(parsed.IsValid, parsed.Error);
            Assert.Same(module, CommandCatalog.For(parsed.Command!));
        }
    }

    [Fact]
    public void A_command_word_with_a_usage_mistake_gets_the_usage_not_an_answer_to_a_question()
    {
        foreach (var word in CommandCatalog.Words)
            Assert.StartsWith("/", SlackCommandText.Build("/peacebot", word + " x", "/peacebot").Text);
    }

    private static IEnumerable<YamlMappingNode> ManifestCommands()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "slack-app-manifest.yaml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var features = (YamlMappingNode)root.Children[new YamlScalarNode("features")];
        return ((YamlSequenceNode)features.Children[new YamlScalarNode("slash_commands")]).Cast<YamlMappingNode>();
    }

    private static string Get(YamlMappingNode node, string key) => node.Children[new YamlScalarNode(key)].ToString();

    /// <summary>What follows the command in each form's usage, " | " between forms, as Slack shows it.</summary>
    public static string Hint(CommandModule m)
    {
        var forms = m.Forms.Select(f => f.Usage[(m.Name.Length + 1)..].Trim() is { Length: > 0 } u ? u : f.Sub ?? "");
        var hint = string.Join(" | ", forms.Where(f => f.Length > 0));
        return m.Visibility == CommandVisibility.FrontEndDefault ? (hint + " [public]").Trim() : hint;
    }

    [Fact]
    public void The_manifest_declares_each_command_taking_words_with_its_declared_usage()
    {
        var commands = ManifestCommands().ToDictionary(c => Get(c, "command").TrimStart('/'));
        foreach (var m in CommandCatalog.All.Where(m => !m.ModeratorOnly && m.Forms.Any(f => f.Arguments.Any(a => a.Required))))
        {
            Assert.True(commands.TryGetValue(m.Name, out var command), $"slack-app-manifest.yaml has no /{m.Name}");
            Assert.Equal(Hint(m), Get(command, "usage_hint"));
        }
        foreach (var name in commands.Keys.Where(k => k != "peacebot"))
            Assert.True(CommandCatalog.All.Any(m => m.Name == name), $"slack-app-manifest.yaml declares /{name}, which the core does not know");
    }

    [Fact]
    public void The_catch_all_names_every_command_a_member_may_use()
    {
        var catchAll = ManifestCommands().Single(c => Get(c, "command") == "/peacebot");
        var description = Get(catchAll, "description");
        foreach (var m in CommandCatalog.All.Where(m => !m.ModeratorOnly))
            Assert.Contains(m.Name, description);
    }
}
