using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Commands;
using PeaceBot.Core.Index;
using PeaceBot.Core.Search;

namespace PeaceBot.Core.Handlers;

/// <summary>
/// Two examples for a command's /help, drawn from the loaded knowledge: a real speaker and words they said, the
/// newest months with events, a real point of the default plan and of another plan, a source's own title. Each one is
/// answered before it is shown, and only one that finds something is kept, so an example never leads nowhere.
/// A form that takes no knowledge (/help, /sources, moderator commands) keeps its declared examples.
/// </summary>
internal static class HelpExamples
{
    public const int Count = 2;
    private const int QuoteWords = 7;
    private const int TitleWords = 6;
    private const int MaxTried = 8;
    private const int MaxSpeakersCounted = 300;

    private static readonly ConditionalWeakTable<KnowledgeSnapshot, ConcurrentDictionary<string, IReadOnlyList<string>>> Cache = new();

    /// <param name="context">The loaded knowledge; null while loading, when only examples that need none are shown.</param>
    public static IReadOnlyList<string> For(CommandModule module, CommandForm form, CommandContext? context)
    {
        if (context is null) return Candidates(module.Name, form.Sub, null) is null ? form.Examples : [];
        return Cache.GetOrCreateValue(context.Snapshot).GetOrAdd(module.Name + " " + form.Sub, _ =>
            Candidates(module.Name, form.Sub, context.Snapshot) is { } candidates
                ? candidates.Distinct(StringComparer.Ordinal).Take(MaxTried).Where(c => Answers(c, context)).Take(Count).ToList()
                : form.Examples);
    }

    // Null: the form's declared examples stand (they do not depend on what is loaded).
    private static IEnumerable<string>? Candidates(string command, string? sub, KnowledgeSnapshot? loaded) => (command, sub) switch
    {
        ("ask" or "who" or "quotes" or "timeline" or "plan", _) when loaded is not { } => [],
        ("ask", _) when loaded is { } snapshot => snapshot.Sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => "/ask " + FirstWords(s.Value.Title, TitleWords)),
        ("who", _) when loaded is { } snapshot => BusiestSpeakers(snapshot).SelectMany(s => SpeakerSearch.Quotes(snapshot, [s], null, 0).Take(2))
            .Select(q => "/who said " + FirstWords(q.Snippet, QuoteWords)),
        ("quotes", _) when loaded is { } snapshot => BusiestSpeakers(snapshot).Select(s => "/quotes " + s),
        ("timeline", _) when loaded is { } snapshot => snapshot.Months.Reverse().Select((m, i) => "/timeline " + (i % 2 == 0 ? MonthName(m) : m)),
        ("plan", "point") when loaded is { } snapshot => PlanPoints(snapshot),
        // The topics people argue about; only those some loaded plan covers are shown.
        ("plan", "compare") when loaded is { } => CompareTopics.Select(t => "/plan compare " + t),
        ("plan", "list") => ["/plan list"],
        _ => null,
    };

    private static bool Answers(string text, CommandContext context)
    {
        if (CommandParser.Parse(text).Command is not { } command) return false;
        var module = CommandCatalog.For(command);
        if (module.ModeratorOnly || module.AnswerFrom(command, context) is not { Outcome: AnswerOutcome.Answered } answer) return false;
        // A who-said example shows a quote with its speaker, not a passage nobody is credited with.
        return answer.Results.Count > 0 && (command is not WhoSaidCommand || answer.Results[0].Speaker is not null);
    }

    private static readonly string[] CompareTopics = ["NATO", "army size", "territory", "sanctions", "elections", "ceasefire", "prisoners"];

    /// <summary>Speakers with the most quotes first (ties in name order).</summary>
    private static IEnumerable<string> BusiestSpeakers(KnowledgeSnapshot snapshot) =>
        SpeakerSearch.Known(snapshot).Take(MaxSpeakersCounted)
            .Select(s => (Name: s, Quotes: SpeakerSearch.QuoteCount(snapshot, s)))
            .Where(s => s.Quotes > 0 && s.Name.Contains(' '))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name);

    // Point 1 of the default plan, then of each other plan (named by its id), then point 2 of each, …
    private static IEnumerable<string> PlanPoints(KnowledgeSnapshot snapshot)
    {
        var plans = snapshot.Plans.OrderByDescending(p => p.IsDefault).ToList();
        for (var n = 1; n <= 3; n++)
            foreach (var plan in plans.Where(p => p.PointCount >= n))
                yield return plan.IsDefault ? $"/plan point {n}" : $"/plan point {n} {plan.Id}";
    }

    private static string MonthName(string yearMonth) =>
        DateTime.TryParseExact(yearMonth, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture).ToLowerInvariant()
            : yearMonth;

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(count))
            .Trim('“', '”', '"', '‘', '’', '\'', ',', '.', ';', ':', '—', '–', '-', ' ');
}
