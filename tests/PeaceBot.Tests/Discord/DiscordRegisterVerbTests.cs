using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using PeaceBot.Tests.Terminal;

namespace PeaceBot.Tests.Discord;

public sealed class DiscordRegisterVerbTests
{
    [Fact]
    public async Task Overwrites_the_guild_commands_with_the_bot_token_and_honours_429()
    {
        var calls = new ConcurrentQueue<(string Method, string Path, string Auth)>();
        var limited = 1;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var api = builder.Build();
        api.Run(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            if (Interlocked.Decrement(ref limited) >= 0)
            {
                http.Response.StatusCode = 429;
                await http.Response.WriteAsJsonAsync(new { message = "rate limited", retry_after = 0.05, global = false });
                return;
            }
            calls.Enqueue((http.Request.Method, http.Request.Path, http.Request.Headers.Authorization.ToString()));
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body);
        });
        await api.StartAsync();
        var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        {
            var run = await CliRun.RunAsync("", "discord", "register", "--guild", "42", "--Discord:ApplicationId", "123456789012345678",
                "--Discord:BotToken", "bot-token-for-tests", "--Discord:ApiBaseUrl", address + "/api/v10");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("/who", run.Out);
            Assert.Contains("in server 42", run.Out);
            var (method, path, auth) = Assert.Single(calls);
            Assert.Equal(("PUT", "/api/v10/applications/123456789012345678/guilds/42/commands", "Bot bot-token-for-tests"), (method, path, auth));
        }
    }

    [Fact]
    public async Task Without_credentials_it_says_which_keys_to_set()
    {
        var run = await CliRun.RunAsync("", "discord", "register");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Discord__BotToken", run.Error);
    }
}
