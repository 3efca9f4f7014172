namespace PeaceBot.Slack.Rendering;

internal static class SlackActionIds
{
    public const string More = "peacebot_more";
    public const string PostToChannel = "peacebot_post";
    public const string VoteUp = "peacebot_vote_up";
    public const string VoteDown = "peacebot_vote_down";

    /// <summary>The block that replaces the vote buttons once someone voted.</summary>
    public const string VotedBlock = "peacebot_voted";
}
