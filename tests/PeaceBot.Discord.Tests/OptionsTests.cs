using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PeaceBot.Discord.Configuration;

namespace PeaceBot.Discord.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Discord:PublicKey", "not-hex", "Discord:PublicKey")]
    [InlineData("Discord:ApplicationId", "abc", "Discord:ApplicationId")]
    [InlineData("Discord:ApiBaseUrl", "ftp://x", "Discord:ApiBaseUrl")]
    [InlineData("Discord:Mode", "Gateway", "Discord:BotToken")]
    [InlineData("Discord:AnswerBudgetMilliseconds", "5000", "AnswerBudgetMilliseconds")]
    public void Invalid_settings_name_their_key(string key, string value, string named)
    {
        var config = new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = new string('a', 64),
            ["Discord:ApplicationId"] = "123",
        };
        config[key] = value;
        var options = new ConfigurationBuilder().AddInMemoryCollection(config).Build().GetSection("Discord").Get<DiscordOptions>()!;
        var result = new DiscordOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }

    [Fact]
    public void Unconfigured_is_valid_and_off()
    {
        var services = new ServiceCollection();
        var registration = services.AddDiscordAdapter(new ConfigurationBuilder().Build());
        Assert.False(registration.Enabled);
        Assert.Contains("Discord__PublicKey", registration.Description);
    }
}
