namespace PeaceBot.Core.Commands;

/// <summary>Whether a command may run for a request; when not, the reason shown to the user.</summary>
public sealed record PreconditionResult(bool IsSuccess, string? Reason)
{
    public static PreconditionResult Success { get; } = new(true, null);

    public static PreconditionResult Refused(string reason) => new(false, reason);
}
