using PeaceBot.Core.Commands;

namespace PeaceBot.Slack.Handlers;

/// <summary>Turns a Slack slash command and its text into one core command, and reads the "public" switch.</summary>
internal static class SlackCommandText
{

    /// <param name="catchAll">The configured catch-all command, e.g. <c>/peacebot</c>.</param>
    public static (string Text, bool? Public) Build(string command, string text, string catchAll)
    {
        var (rest, visibility) = SplitVisibility(text.Trim());
        var name = command.Trim().TrimStart('/').ToLowerInvariant();
        if (string.Equals(command.Trim(), catchAll, StringComparison.OrdinalIgnoreCase))
        {
            if (rest.Length == 0) return ("/help", visibility);
            var first = rest.Split(' ', 2)[0].TrimStart('/').ToLowerInvariant();
            return (CommandCatalog.Find(first) is not null ? "/" + rest.TrimStart('/') : rest, visibility);
        }
        return ((rest.Length == 0 ? "/" + name : "/" + name + " " + rest), visibility);
    }

    /// <summary>A trailing "public" asks for an in-channel answer, "private" for an ephemeral one.</summary>
    private static (string Remainder, bool? Public) SplitVisibility(string text)
    {
        foreach (var (word, isPublic) in new[] { ("public", true), ("private", false) })
        {
            if (string.Equals(text, word, StringComparison.OrdinalIgnoreCase)) return ("", isPublic);
            if (text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))
                return (text[..^(word.Length + 1)].TrimEnd(), isPublic);
        }
        return (text, null);
    }
}
