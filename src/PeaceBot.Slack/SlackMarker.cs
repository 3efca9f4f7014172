namespace PeaceBot.Slack;

/// <summary>Registered only when Slack is configured, so <c>MapSlackAdapter</c> maps nothing otherwise.</summary>
internal sealed class SlackMarker;
