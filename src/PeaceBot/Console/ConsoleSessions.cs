using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.WebConsole;

/// <summary>
/// Logged-in console sessions, in memory: a random session id (the cookie) and its own CSRF token that every form
/// posts back. Sessions end after <see cref="Lifetime"/> or on logout; a restart logs everyone out.
/// </summary>
public sealed class ConsoleSessions
{
    public const string Cookie = "peacebot_console";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private const int MaxSessions = 1000;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public ConsoleSessions(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    public sealed record Session(string Id, string Csrf, DateTimeOffset Expires);

    public Session Start()
    {
        var now = _clock.GetUtcNow();
        foreach (var (id, s) in _sessions)
            if (s.Expires <= now) _sessions.TryRemove(id, out _);
        if (_sessions.Count >= MaxSessions)
            foreach (var oldest in _sessions.Values.OrderBy(s => s.Expires).Take(_sessions.Count - MaxSessions + 1)) _sessions.TryRemove(oldest.Id, out _);
        var session = new Session(NewSecret(), NewSecret(), now + Lifetime);
        _sessions[session.Id] = session;
        return session;
    }

    public Session? Find(string? id)
    {
        if (string.IsNullOrEmpty(id) || !_sessions.TryGetValue(id, out var s)) return null;
        if (s.Expires > _clock.GetUtcNow()) return s;
        _sessions.TryRemove(id, out _);
        return null;
    }

    public void End(string id) => _sessions.TryRemove(id, out _);

    /// <summary>Constant-time comparison of secrets (keys, CSRF tokens).</summary>
    public static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
