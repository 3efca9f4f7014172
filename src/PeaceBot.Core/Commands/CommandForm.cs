namespace PeaceBot.Core.Commands;

/// <summary>
/// One way of writing a command: <c>/plan point &lt;N&gt; [plan]</c> and <c>/plan list</c> are two forms of /plan.
/// A form with a <see cref="Sub"/> word is a sub-command where platforms have them (Discord).
/// </summary>
/// <param name="Sub">The word after the command name that picks this form, or null.</param>
/// <param name="Usage">How it is written, for /help and usage errors.</param>
/// <param name="Summary">What it answers, lower-case, for /help; capitalised it is the platform description.</param>
public sealed record CommandForm(string? Sub, string Usage, string Summary, IReadOnlyList<CommandArgument> Arguments, IReadOnlyList<string> Examples)
{
    /// <summary>The chat text for this form given its argument values (null or empty values are left out, and so are
    /// attachments: they travel beside the text).</summary>
    public string ChatText(string command, Func<string, string?> value)
    {
        var parts = new List<string> { "/" + command };
        if (Sub is not null) parts.Add(Sub);
        foreach (var a in Arguments)
        {
            if (a.Kind == ArgumentKind.Attachment || value(a.Name)?.Trim() is not { Length: > 0 } v) continue;
            if (a.Keyword is not null) parts.Add(a.Keyword);
            parts.Add(v);
        }
        return string.Join(' ', parts);
    }
}
