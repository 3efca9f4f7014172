namespace PeaceBot.Slack.Rendering;

internal static class SlackActionIds
{
    public const string More = "peacebot_more";
    public const string PostToChannel = "peacebot_post";
}
