using static PeaceBot.WebConsole.Html;

namespace PeaceBot.WebConsole;

/// <summary>The only console page reachable without the key: a form asking for <c>Api:Key</c>.</summary>
public static class LoginPage
{
    public static string Render(string? error) => Page("Log in", $"""
        {(error is null ? "" : $"<p role=\"alert\" id=\"error\">{E(error)}</p>")}
        <form method="post" action="/console/login">
        <p><label for="key">API key (<code>Api:Key</code>)</label><br><input type="password" id="key" name="key" autocomplete="current-password" required autofocus></p>
        <p><button type="submit" id="login">Log in</button></p>
        </form>
        """, null);
}
