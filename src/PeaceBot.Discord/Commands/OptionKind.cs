namespace PeaceBot.Discord.Commands;

/// <summary>Discord's application command option types that PeaceBot uses.</summary>
public enum OptionKind
{
    SubCommand = 1,
    String = 3,
    Integer = 4,
    Boolean = 5,
    Attachment = 11,
}
