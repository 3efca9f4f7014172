using System.Text.Json.Nodes;
using PeaceBot.Adapters.Paging;
using PeaceBot.Core.Answers;

namespace PeaceBot.Slack.Rendering;

/// <summary>
/// The Slack adapter's answer renderer, public so other front ends (the moderators' console) can show exactly what
/// Slack users get: Block Kit blocks and the fallback text, "More" built on the toolkit's page tokens (kept here, read
/// back when the button is pressed) and 👍/👎 buttons when the host keeps feedback.
/// </summary>
public sealed class SlackAnswerRenderer
{
    private readonly IAnswerFeedback? _feedback;

    /// <param name="feedback">When the host keeps feedback, answers get 👍/👎 buttons.</param>
    public SlackAnswerRenderer(IAnswerFeedback? feedback = null, TimeProvider? time = null)
    {
        _feedback = feedback;
        // Its own tokens, not a shared PageTokens service: Discord's hold 100 characters, a Slack button value 2000.
        Pages = new PageTokens(SlackLimits.ButtonValue, time);
    }

    /// <summary>The tokens behind "More": the interactions handler reads a pressed button's value with them.</summary>
    public PageTokens Pages { get; }

    /// <summary>The message as <c>chat.postMessage</c> / <c>response_url</c> take it: <c>text</c> and <c>blocks</c>.</summary>
    /// <param name="ephemeral">Only the asker sees it: it then offers "Post to channel".</param>
    public JsonObject Render(Answer answer, bool ephemeral) =>
        SlackMessageRenderer.Render(answer, ephemeral, Pages, _feedback?.TokenOf(answer));

    /// <summary>A message with only text (refusals, errors).</summary>
    public static JsonObject Plain(string text) => SlackMessageRenderer.Plain(text);
}
