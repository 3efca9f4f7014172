namespace PeaceBot.Discord.Interactions;

/// <summary>A file uploaded with a command, as Discord resolves it: its name, CDN address, size and type.</summary>
public sealed record ResolvedAttachment(string FileName, Uri Url, long? Size, string? ContentType);
