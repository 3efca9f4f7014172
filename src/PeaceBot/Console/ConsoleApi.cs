using Microsoft.Extensions.Options;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Storage;

namespace PeaceBot.WebConsole;

/// <summary>
/// <c>/console/api/…</c>: the console's data as JSON for scripts, with <c>Authorization: Bearer &lt;Api:Key&gt;</c>
/// (the cookie session is not accepted here, so a page can never be tricked into calling it).
/// </summary>
public static class ConsoleApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            const string scheme = "Bearer ";
            var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
            if (!ConsoleSessions.SameSecret(given, ConsoleEndpoints.Key(context.HttpContext)!))
                return Results.Json(new { error = "missing or wrong bearer token" }, statusCode: StatusCodes.Status401Unauthorized);
            return await next(context);
        });

        api.MapGet("/knowledge", (KnowledgeService knowledge) =>
        {
            var view = KnowledgePage.Read(knowledge);
            var s = view.Status;
            return Results.Json(new
            {
                files = view.Files.Select(f => new { file = f.File, title = f.Title, published = f.Published, passages = f.Passages, quotes = f.Quotes, events = f.Events, plan_points = f.PlanPoints }),
                problems = s.Problems.Select(p => new { file = p.File, line = p.Line, message = p.Message, text = p.ToString() }),
                totals = new { files = s.Files, passages = s.Passages, quotes = s.Quotes, events = s.Events, plans = s.Plans, plan_points = s.PlanPoints },
                last_reload = s.LastReload,
                generation = s.Generation,
            });
        });
        api.MapGet("/questions", (IBotStore store, bool? unanswered, int? limit) =>
        {
            var n = Math.Clamp(limit ?? 100, 1, 1000);
            if (unanswered == true)
                return Results.Json(new
                {
                    groups = QuestionGroups.Of(store.Questions(QuestionsPage.Window, unansweredOnly: true)).Take(n)
                        .Select(g => new { example = g.Example, words = g.Key, asked = g.Asked, askers = g.Askers, last = g.Last, answer = g.Answer }),
                });
            return Results.Json(new { questions = store.Questions(n).Select(Question) });
        });
        api.MapGet("/feedback", (IBotStore store, int? limit) =>
        {
            var n = Math.Clamp(limit ?? 100, 1, 1000);
            return Results.Json(new
            {
                commands = store.Votes(n).Select(v => new { command = v.Command, up = v.Up, down = v.Down, answer = v.Latest.Answer, cited_files = v.Latest.CitedFiles }),
                votes = store.Feedback(n).Select(f => new { at = f.At, helpful = f.Helpful, front_end = f.FrontEnd, question = Question(f.Question) }),
            });
        });
        api.MapGet("/timeline", (KnowledgeService knowledge) =>
        {
            using var lease = knowledge.Acquire();
            var months = lease.Snapshot is { } s ? KnowledgeCensus.EventsPerMonth(s) : [];
            return Results.Json(new { months = months.Select(m => new { month = m.Key, events = m.Value }) });
        });
        api.MapGet("/storage", (IBotStore store, IOptions<StorageOptions> options) =>
        {
            var (questions, feedback) = store.Counts();
            return Results.Json(new { store = store.Description, log_questions = options.Value.LogQuestions, retention_days = options.Value.RetentionDays, questions, feedback });
        });
    }

    private static object Question(QuestionRecord q) => new
    {
        at = q.At, front_end = q.FrontEnd, command = q.Command, kind = q.Kind, outcome = q.Outcome, unanswered = q.Unanswered,
        answer = q.Answer, cited_files = q.CitedFiles,
    };
}
