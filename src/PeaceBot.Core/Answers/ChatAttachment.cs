namespace PeaceBot.Core.Answers;

/// <summary>
/// A file uploaded with a command (Discord's attachment option). It travels beside the command text, never in it:
/// the text stays what the user typed, and only the front end that received the upload can name its address.
/// </summary>
/// <param name="Option">The argument it fills (<see cref="Commands.CommandArgument.Name"/>).</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="Url">Where the platform serves it (fetched with the importer's usual safety limits).</param>
/// <param name="Size">Its size in bytes as the platform reports it, or null.</param>
public sealed record ChatAttachment(string Option, string FileName, Uri Url, long? Size = null, string? ContentType = null);
