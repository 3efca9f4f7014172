namespace PeaceBot.Core.Commands;

/// <summary>What an argument holds: front ends map it to their own option types (Discord: string, integer or attachment).</summary>
public enum ArgumentKind
{
    Text,
    Integer,

    /// <summary>A file uploaded with the command, where the platform has such an option (Discord); it is never part of
    /// the chat text but travels in <see cref="Answers.AnswerRequest.Attachments"/>. Platforms without uploads leave it out.</summary>
    Attachment,
}
