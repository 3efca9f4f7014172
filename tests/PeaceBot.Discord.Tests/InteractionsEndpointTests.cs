using System.Net;
using System.Text;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests;

public sealed class InteractionsEndpointTests
{
    private const string Ping = "{\"id\":\"1\",\"application_id\":\"123456789012345678\",\"type\":1,\"token\":\"t\"}";

    [Fact]
    public async Task Answers_ping_with_pong()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var response = await host.PostSignedAsync(Ping);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var pong = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, (int)pong["type"]!);
        DiscordSchema.AssertValid("PongInteractionCallbackRequest", pong);
    }

    public static TheoryData<string> Forgeries() => new()
    {
        "no signature", "no timestamp", "other body", "other timestamp", "other key", "truncated", "not hex", "stale", "future", "duplicated headers", "empty",
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Refuses_forged_requests_before_anything_reaches_the_core(string forgery)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = Encoding.UTF8.GetBytes(DiscordTestHost.Command("help", "[]"));
        var ts = DiscordTestHost.Now;
        var good = host.Signer.Sign(ts, body);
        using var other = new TestSigner();
        var response = forgery switch
        {
            "no signature" => await host.PostAsync(body, null, ts),
            "no timestamp" => await host.PostAsync(body, good, null),
            "other body" => await host.PostAsync(Encoding.UTF8.GetBytes(DiscordTestHost.Command("sources", "[]")), good, ts),
            "other timestamp" => await host.PostAsync(body, good, (long.Parse(ts) - 1).ToString()),
            "other key" => await host.PostAsync(body, other.Sign(ts, body), ts),
            "truncated" => await host.PostAsync(body, good[..100], ts),
            "not hex" => await host.PostAsync(body, new string('z', 128), ts),
            "stale" => await host.PostAsync(body, host.Signer.Sign((long.Parse(ts) - 600).ToString(), body), (long.Parse(ts) - 600).ToString()),
            "future" => await host.PostAsync(body, host.Signer.Sign((long.Parse(ts) + 600).ToString(), body), (long.Parse(ts) + 600).ToString()),
            "duplicated headers" => await DuplicatedAsync(host, body, good, ts),
            _ => await host.PostAsync([], good, ts),
        };
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Core.Requests);
    }

    private static Task<HttpResponseMessage> DuplicatedAsync(DiscordTestHost host, byte[] body, string signature, string ts)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", [signature, signature]);
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", ts);
        return host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Refuses_an_oversized_body_and_malformed_json()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var big = await host.PostSignedAsync("{\"type\":1,\"pad\":\"" + new string('x', 70_000) + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.PostSignedAsync("{not json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.PostSignedAsync("{\"type\":99}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.PostSignedAsync("[1,2]")).StatusCode);
        Assert.Empty(host.Core.Requests);
    }

    // JsonElement.TryGetInt32 throws on a non-number, so a quoted type used to become a 500 instead of a 400.
    [Theory]
    [InlineData("{\"type\":\"2\",\"id\":\"1\",\"token\":\"t\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":null}", HttpStatusCode.BadRequest)]
    // An option whose own "type" is mistyped still carries a usable string value: answered, not a crash.
    [InlineData("{\"type\":2,\"id\":\"1\",\"token\":\"t\",\"data\":{\"name\":\"ask\",\"options\":[{\"name\":\"question\",\"type\":\"3\",\"value\":\"q\"}]}}", HttpStatusCode.OK)]
    public async Task Signed_json_with_wrongly_typed_fields_is_answered_without_a_server_error(string body, HttpStatusCode expected)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var response = await host.PostSignedAsync(body);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) Assert.Empty(host.Core.Requests);
    }

    [Fact]
    public async Task A_replayed_signed_interaction_is_answered_once_and_the_replay_refused()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var json = DiscordTestHost.Command("sources", "[]");
        var first = await host.PostSignedAsync(json);
        var replay = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains("already answered", await replay.Content.ReadAsStringAsync());
        Assert.Single(host.Core.Requests);
    }

    [Fact]
    public async Task Discords_validation_pings_may_repeat()
    {
        await using var host = await DiscordTestHost.StartAsync();
        const string ping = """{"id":"1","application_id":"123456789012345678","type":1,"token":"p"}""";
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(ping)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(ping)).StatusCode);
    }
}
