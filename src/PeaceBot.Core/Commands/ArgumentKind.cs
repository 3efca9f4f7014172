namespace PeaceBot.Core.Commands;

/// <summary>What an argument holds: front ends map it to their own option types (Discord: string or integer).</summary>
public enum ArgumentKind
{
    Text,
    Integer,
}
