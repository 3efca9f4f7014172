namespace PeaceBot.Slack;

/// <summary>What <c>peacebot serve</c> prints about the Slack adapter at start-up.</summary>
public sealed record SlackRegistration(bool Enabled, string Description);
