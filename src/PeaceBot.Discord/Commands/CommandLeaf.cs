namespace PeaceBot.Discord.Commands;

/// <summary>
/// Something a user can run: a top-level command without subcommands, or one subcommand.
/// <see cref="TextPrefix"/> plus the <see cref="Parameters"/> values, in order, is the chat text handed to the core.
/// </summary>
public sealed record CommandLeaf(string Name, string Description, string TextPrefix, IReadOnlyList<CommandParameter> Parameters);
