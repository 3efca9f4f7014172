namespace PeaceBot.Discord.Commands;

/// <summary>A resolved slash command: the chat text for the core and whether the user asked for a private answer.</summary>
public sealed record CommandInvocation(CommandDefinition Command, CommandLeaf Leaf, string Text, bool? Private);
