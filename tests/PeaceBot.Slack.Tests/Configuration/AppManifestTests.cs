using PeaceBot.Slack.Handlers;
using YamlDotNet.RepresentationModel;

namespace PeaceBot.Slack.Tests.Configuration;

/// <summary>The manifest at the repo root must keep matching what the adapter serves.</summary>
public class AppManifestTests
{
    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "slack-app-manifest.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    [Fact]
    public void Asks_for_exactly_the_scopes_the_adapter_uses()
    {
        var scopes = ((YamlSequenceNode)At(Load(), "oauth_config", "scopes", "bot")).Select(n => n.ToString()).Order();
        Assert.Equal(["app_mentions:read", "chat:write", "commands"], scopes);
    }

    [Fact]
    public void Every_command_posts_to_the_commands_endpoint_and_maps_to_a_core_command()
    {
        var commands = (YamlSequenceNode)At(Load(), "features", "slash_commands");
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            var name = At(command, "command").ToString();
            Assert.EndsWith("/slack/commands", At(command, "url").ToString());
            var (text, _) = SlackCommandText.Build(name, "", "/peacebot");
            Assert.StartsWith("/", text);
            Assert.NotEqual("/peacebot", text);
        }
    }

    [Fact]
    public void Events_and_interactivity_point_at_the_mapped_endpoints()
    {
        var root = Load();
        Assert.EndsWith("/slack/events", At(root, "settings", "event_subscriptions", "request_url").ToString());
        Assert.Equal(["app_mention"], ((YamlSequenceNode)At(root, "settings", "event_subscriptions", "bot_events")).Select(n => n.ToString()));
        Assert.Equal("true", At(root, "settings", "interactivity", "is_enabled").ToString());
        Assert.EndsWith("/slack/interactions", At(root, "settings", "interactivity", "request_url").ToString());
        Assert.Equal("false", At(root, "settings", "socket_mode_enabled").ToString());
    }
}
