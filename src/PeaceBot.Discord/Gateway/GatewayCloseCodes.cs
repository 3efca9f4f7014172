namespace PeaceBot.Discord.Gateway;

/// <summary>Discord's gateway close codes, by what the bot does after them.</summary>
internal static class GatewayCloseCodes
{
    // Authentication failed, invalid shard, sharding required, invalid API version, invalid or disallowed intents.
    private static readonly int[] Fatal = [4004, 4010, 4011, 4012, 4013, 4014];

    // Not authenticated, already authenticated, invalid seq, session timed out: resuming would be refused.
    private static readonly int[] NewSession = [4003, 4005, 4007, 4009];

    public static bool IsFatal(int code) => Fatal.Contains(code);

    public static bool NeedsNewSession(int code) => NewSession.Contains(code);
}
