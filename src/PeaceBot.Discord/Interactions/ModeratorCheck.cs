using System.Globalization;
using System.Numerics;

namespace PeaceBot.Discord.Interactions;

/// <summary>A member is a moderator with Administrator or Manage Server, or with one of the configured roles.</summary>
public static class ModeratorCheck
{
    private static readonly BigInteger Administrator = BigInteger.One << 3;
    private static readonly BigInteger ManageGuild = BigInteger.One << 5;

    public static bool IsModerator(Interaction interaction, IReadOnlyCollection<string> moderatorRoles)
    {
        if (interaction.Permissions is { Length: > 0 and <= 40 } p
            && BigInteger.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && ((bits & Administrator) != 0 || (bits & ManageGuild) != 0))
            return true;
        return interaction.Roles.Any(moderatorRoles.Contains);
    }
}
