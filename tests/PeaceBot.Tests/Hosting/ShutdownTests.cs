using System.Net;
using Microsoft.Extensions.Hosting;
using PeaceBot.Core.Answers;

namespace PeaceBot.Tests.Hosting;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_the_host_lets_an_answer_in_flight_finish()
    {
        var gated = new GatedAnswerService();
        await using var server = await BotServer.StartAsync(null, b => b.Services.AddSingleton<IAnswerService>(gated));

        var inFlight = server.Client.PostAsync("/api/ask", new StringContent("{\"command\":\"/help\"}"));
        await gated.Started.WaitAsync(TimeSpan.FromSeconds(10));
        var lifetime = server.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = server.StopAsync();
        await WaitFor(lifetime.ApplicationStopping);
        Assert.False(stopping.IsCompleted, "the host stopped without waiting for the answer in flight");

        gated.Open();
        var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("finished after shutdown began", await response.Content.ReadAsStringAsync());
        await stopping;
    }

    private static Task WaitFor(CancellationToken token)
    {
        var done = new TaskCompletionSource();
        token.Register(() => done.TrySetResult());
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
