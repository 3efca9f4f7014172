using System.Security.Cryptography;
using System.Text;

namespace PeaceBot.Storage;

/// <summary>
/// Turns a platform user id into a per-day salted hash, enough to count distinct askers on a day and to keep one vote per
/// person, never enough to find who: the salt is random, lives only in memory and changes at midnight UTC.
/// </summary>
public sealed class AskerHash
{
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private DateOnly _day;
    private byte[] _salt = [];

    public AskerHash(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    public string? Of(string frontEnd, string? userId)
    {
        if (string.IsNullOrEmpty(userId)) return null;
        byte[] salt;
        lock (_lock)
        {
            var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
            if (today != _day || _salt.Length == 0)
            {
                _day = today;
                _salt = RandomNumberGenerator.GetBytes(32);
            }
            salt = _salt;
        }
        var mac = HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes($"{frontEnd}\n{userId}"));
        return Convert.ToHexStringLower(mac, 0, 12);
    }
}
