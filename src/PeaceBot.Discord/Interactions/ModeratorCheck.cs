using System.Numerics;
using System.Globalization;

namespace PeaceBot.Discord.Interactions;

/// <summary>Moderator = MANAGE_GUILD in the member's (channel-resolved) permissions, or one of the configured roles.</summary>
public static class ModeratorCheck
{
    public static readonly BigInteger ManageGuild = BigInteger.One << 5;
    public static readonly BigInteger Administrator = BigInteger.One << 3;

    public static bool IsModerator(IncomingInteraction interaction, IReadOnlyCollection<string> moderatorRoleIds)
    {
        if (interaction.MemberPermissions is { Length: > 0 and <= 40 } text
            && text.All(char.IsAsciiDigit)
            && BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && ((bits & ManageGuild) != 0 || (bits & Administrator) != 0))
            return true;
        return interaction.RoleIds.Any(moderatorRoleIds.Contains);
    }
}
