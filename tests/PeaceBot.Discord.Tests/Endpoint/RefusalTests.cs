using System.Globalization;
using System.Net;
using System.Text;
using PeaceBot.Discord.Tests.Support;

namespace PeaceBot.Discord.Tests.Endpoint;

/// <summary>Every refusal answers without processing: nothing may reach the core.</summary>
public class RefusalTests : IAsyncLifetime
{
    private DiscordTestHost _host = null!;
    private static readonly string Command = Payloads.Command("ask", options: [Payloads.Option("question", "who wants peace?")]);

    public async Task InitializeAsync() => _host = await DiscordTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task AssertRefusedAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_host.Answers.Requests);
        Assert.Empty(_host.Suggestions.Calls);
    }

    [Fact]
    public async Task No_signature_is_401()
    {
        var request = _host.Signed(Command);
        request.Headers.Remove("X-Signature-Ed25519");
        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task No_timestamp_is_401()
    {
        var request = _host.Signed(Command);
        request.Headers.Remove("X-Signature-Timestamp");
        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signature_from_another_key_is_401()
    {
        using var other = new TestKeys();
        var request = _host.Signed(Command);
        var timestamp = request.Headers.GetValues("X-Signature-Timestamp").Single();
        request.Headers.Remove("X-Signature-Ed25519");
        request.Headers.Add("X-Signature-Ed25519", other.Sign(timestamp, Encoding.UTF8.GetBytes(Command)));
        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tampered_body_is_401()
    {
        var request = _host.Signed(Command);
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Command.Replace("who wants peace?", "who wants war??", StringComparison.Ordinal)));
        await AssertRefusedAsync(request, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Stale_timestamp_is_401_even_when_correctly_signed()
    {
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await AssertRefusedAsync(_host.Signed(Command, stale), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var big = Payloads.Command("ask", options: [Payloads.Option("question", new string('a', 70_000))]);
        await AssertRefusedAsync(_host.Signed(big), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Oversized_chunked_body_without_length_is_413()
    {
        var big = Payloads.Command("ask", options: [Payloads.Option("question", new string('a', 70_000))]);
        var request = _host.Signed(big);
        var bytes = await request.Content!.ReadAsByteArrayAsync();
        request.Content = new StreamContent(new NonSeekableStream(bytes));
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;
        await AssertRefusedAsync(request, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"two\"}")]
    [InlineData("{\"type\":2}")]
    public async Task Signed_but_malformed_is_400(string body)
    {
        await AssertRefusedAsync(_host.Signed(body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_is_not_served()
    {
        using var response = await _host.Client.GetAsync("/discord/interactions");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
