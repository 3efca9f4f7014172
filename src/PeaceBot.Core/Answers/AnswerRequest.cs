namespace PeaceBot.Core.Answers;

/// <summary>One chat command to answer, with who asks it and from where.</summary>
/// <param name="Text">The command as typed: "/who said …", "plan point 7 20-point", or free text (answered as /ask).</param>
/// <param name="FrontEnd">"console", "discord", "slack", "api": for logs and metrics.</param>
/// <param name="Page">1-based page of results wanted.</param>
/// <param name="PageSize">Results per page (front ends pick what fits their limits).</param>
public sealed record AnswerRequest(string Text, string FrontEnd = "console", int Page = 1, int PageSize = 5)
{
    /// <summary>Moderators may run /reload and /status.</summary>
    public bool IsModerator { get; init; }

    /// <summary>Platform user id, for logs and rate limits; never shown in answers.</summary>
    public string? UserId { get; init; }

    /// <summary>Files uploaded with the command (only front ends with an attachment option fill this).</summary>
    public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];
}
