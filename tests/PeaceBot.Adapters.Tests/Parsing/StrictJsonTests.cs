using System.Text;
using PeaceBot.Adapters.Parsing;

namespace PeaceBot.Adapters.Tests.Parsing;

public sealed class StrictJsonTests
{
    [Theory]
    [InlineData("{\"a\":\"b\",\"c\":[1,2,{\"d\":null}]}")]
    [InlineData("\"\\ud83d\\ude00 a surrogate pair\"")]
    [InlineData("[]")]
    public void Readable_json_is_valid(string json)
    {
        Assert.True(StrictJson.IsValid(Encoding.UTF8.GetBytes(json)));
        Assert.True(StrictJson.IsValid(json));
    }

    [Theory]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"\\udfff\":1}")]
    [InlineData("{\"a\":")]
    [InlineData("not json")]
    [InlineData("")]
    public void Unreadable_json_is_not(string json) => Assert.False(StrictJson.IsValid(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Invalid_utf8_inside_a_string_and_absurd_nesting_are_not_valid()
    {
        Assert.False(StrictJson.IsValid([.. "{\"a\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]));
        Assert.False(StrictJson.IsValid(new string('[', 100) + new string(']', 100)));
        Assert.False(StrictJson.IsValid("{\"a\":\"" + '\ud800' + "\"}"));
    }
}
