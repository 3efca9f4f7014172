using Microsoft.Extensions.Options;
using PeaceBot.Core.Answers;
using PeaceBot.Core.Engine;
using PeaceBot.Core.Index;
using PeaceBot.Hosting;
using PeaceBot.Storage;

namespace PeaceBot.WebConsole;

/// <summary>
/// The moderators' console at <c>/console</c>: server-rendered pages behind a login with <c>Api:Key</c> (a cookie
/// session; every form carries the session's CSRF token), and the same data as JSON at <c>/console/api/…</c> for
/// scripts holding the key as a bearer token. Without <c>Api:Key</c> the console is off: every route answers 404.
/// </summary>
public static class ConsoleEndpoints
{
    public const int MaxFormBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapModeratorConsole(this IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup("/console");
        console.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["X-Frame-Options"] = "DENY";
            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            if (string.IsNullOrEmpty(Key(http))) return Results.Text("The console is off: set Api:Key to turn it on.", statusCode: StatusCodes.Status404NotFound);
            return await next(context);
        });

        console.MapGet("/login", () => HtmlResult(LoginPage.Render(null)));
        console.MapPost("/login", LogInAsync);
        console.MapPost("/logout", async (HttpContext http, ConsoleSessions sessions) =>
        {
            if (await FormSessionAsync(http, sessions) is not { } s) return Forbidden();
            sessions.End(s.Id);
            http.Response.Cookies.Delete(ConsoleSessions.Cookie, CookieOptions(http));
            return Results.Redirect("/console/login");
        });

        console.MapGet("/", (HttpContext http, ConsoleSessions sessions, KnowledgeService knowledge, string? notice) =>
            Page(http, sessions, s => KnowledgePage.Render(KnowledgePage.Read(knowledge), s.Csrf, notice)));
        console.MapPost("/reload", async (HttpContext http, ConsoleSessions sessions, KnowledgeService knowledge, CancellationToken ct) =>
        {
            if (await FormSessionAsync(http, sessions) is null) return Forbidden();
            var report = await knowledge.ReloadAsync(ct);
            var notice = $"Reloaded: {report.Added} added, {report.Changed} changed, {report.Removed} removed, {report.Problems.Count} problems.";
            return Results.Redirect("/console?notice=" + Uri.EscapeDataString(notice));
        });
        console.MapGet("/questions", (HttpContext http, ConsoleSessions sessions, IBotStore store, IOptions<StorageOptions> options) =>
            Page(http, sessions, s => QuestionsPage.Render(store, options.Value.LogQuestions, s.Csrf)));
        console.MapGet("/timeline", async (HttpContext http, ConsoleSessions sessions, KnowledgeService knowledge, PeaceBotEngine engine, string? month, CancellationToken ct) =>
        {
            if (sessions.Find(http.Request.Cookies[ConsoleSessions.Cookie]) is not { } s) return Results.Redirect("/console/login");
            IReadOnlyList<KeyValuePair<string, int>> months;
            using (var lease = knowledge.Acquire()) months = lease.Snapshot is { } snap ? KnowledgeCensus.EventsPerMonth(snap) : [];
            Answer? events = null;
            if (month is not null && months.Any(m => m.Key == month))
                events = await engine.AnswerAsync(new AnswerRequest($"/timeline {month}", "console", 1, 25), ct);
            else month = null;
            return HtmlResult(TimelinePage.Render(months, month, events, s.Csrf));
        });
        console.MapGet("/try", async (HttpContext http, ConsoleSessions sessions, TryItRenderer renderer, string? command, CancellationToken ct) =>
        {
            if (sessions.Find(http.Request.Cookies[ConsoleSessions.Cookie]) is not { } s) return Results.Redirect("/console/login");
            return HtmlResult(await renderer.RenderPageAsync(command, s.Csrf, ct));
        });

        ConsoleApi.Map(console.MapGroup("/api"));
        return endpoints;
    }

    internal static string? Key(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Key;

    private static async Task<IResult> LogInAsync(HttpContext http, ConsoleSessions sessions)
    {
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxFormBytes) return Results.BadRequest();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!ConsoleSessions.SameSecret(form["key"].ToString(), Key(http)!))
        {
            await Task.Delay(250, http.RequestAborted); // a small price for each wrong guess
            return HtmlResult(LoginPage.Render("That is not the API key."), StatusCodes.Status401Unauthorized);
        }
        var session = sessions.Start();
        http.Response.Cookies.Append(ConsoleSessions.Cookie, session.Id, CookieOptions(http));
        return Results.Redirect("/console");
    }

    private static CookieOptions CookieOptions(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/console",
        MaxAge = ConsoleSessions.Lifetime,
    };

    private static IResult Page(HttpContext http, ConsoleSessions sessions, Func<ConsoleSessions.Session, string> render) =>
        sessions.Find(http.Request.Cookies[ConsoleSessions.Cookie]) is { } s ? HtmlResult(render(s)) : Results.Redirect("/console/login");

    /// <summary>The session of a form post whose CSRF token matches it; null otherwise.</summary>
    private static async Task<ConsoleSessions.Session?> FormSessionAsync(HttpContext http, ConsoleSessions sessions)
    {
        if (sessions.Find(http.Request.Cookies[ConsoleSessions.Cookie]) is not { } s) return null;
        if (!http.Request.HasFormContentType || http.Request.ContentLength > MaxFormBytes) return null;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        return ConsoleSessions.SameSecret(form["csrf"].ToString(), s.Csrf) ? s : null;
    }

    private static IResult Forbidden() => Results.Text("Forbidden: log in again (the form was stale or not from the console).", statusCode: StatusCodes.Status403Forbidden);

    private static IResult HtmlResult(string html, int status = StatusCodes.Status200OK) =>
        Results.Text(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
