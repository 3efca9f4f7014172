namespace PeaceBot.Discord.Commands;

/// <summary>Discord application command option types used here.</summary>
public static class OptionType
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
}
