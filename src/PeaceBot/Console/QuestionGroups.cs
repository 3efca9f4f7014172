using System.Text;
using PeaceBot.Storage;

namespace PeaceBot.WebConsole;

/// <summary>
/// Unanswered questions grouped by their words: lower-cased, command words and small words dropped, order ignored,
/// so "/ask when do talks resume" and "ask When do the talks resume?" are one group. Most asked first.
/// </summary>
public static class QuestionGroups
{
    public sealed record Group(string Key, string Example, int Asked, int Askers, DateTimeOffset Last, string Answer);

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "ask", "who", "said", "say", "says", "timeline", "plan", "point", "sources", "help",
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "is", "are", "was", "were", "be", "do", "does", "did",
        "what", "when", "where", "which", "how", "why", "about", "with", "at", "by", "it", "this", "that",
    };

    public static IReadOnlyList<Group> Of(IEnumerable<QuestionRecord> questions) =>
        questions.GroupBy(q => Key(q.Command), StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = g.MaxBy(q => q.At)!;
                return new Group(g.Key, latest.Command, g.Count(), g.Select(q => q.Asker).Where(a => a is not null).Distinct().Count(), latest.At, latest.Answer);
            })
            .OrderByDescending(g => g.Asked).ThenByDescending(g => g.Last)
            .ToList();

    public static string Key(string command)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in command.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { word.Append(c); continue; }
            if (c is '\'' or '’' && word.Length > 0) continue;
            if (word.Length > 0 && !Ignored.Contains(word.ToString())) words.Add(word.ToString());
            word.Clear();
        }
        return words.Count == 0 ? command.Trim().ToLowerInvariant() : string.Join(' ', words);
    }
}
