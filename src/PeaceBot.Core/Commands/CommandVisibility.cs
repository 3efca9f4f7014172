namespace PeaceBot.Core.Commands;

/// <summary>Who sees an answer by default.</summary>
public enum CommandVisibility
{
    /// <summary>The front end's configured default; the user may ask for a private or public answer.</summary>
    FrontEndDefault,
    /// <summary>Always only the asker (moderator reports).</summary>
    AlwaysPrivate,
}
