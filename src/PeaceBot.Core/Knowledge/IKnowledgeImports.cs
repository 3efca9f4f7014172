namespace PeaceBot.Core.Knowledge;

/// <summary>
/// What /knowledge needs from the importer, which lives outside the core (it fetches web pages): add a link, list and
/// remove imported files. Each call returns a message for the moderator; none throws for bad input.
/// </summary>
public interface IKnowledgeImports
{
    /// <returns>Whether a file was written, and the preview or the reason it was refused.</returns>
    Task<(bool Written, string Message)> AddAsync(string source, CancellationToken cancellationToken);

    /// <summary>A file uploaded in chat (.md, .txt or .html), fetched from the platform with the same limits as a link.</summary>
    /// <returns>Whether a file was written, and the preview or the reason it was refused.</returns>
    Task<(bool Written, string Message)> AddAttachmentAsync(Answers.ChatAttachment file, CancellationToken cancellationToken);

    /// <returns>One line per imported file.</returns>
    IReadOnlyList<string> List();

    /// <returns>Null when removed, else why not.</returns>
    string? Remove(string fileName);
}
