using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace PeaceBot.Tests.Hosting;

/// <summary>
/// Generated request bodies for the property tests: random JSON, and valid platform bodies with one part replaced,
/// removed, truncated, bit-flipped, given invalid UTF-8, a lone surrogate or absurd nesting.
/// </summary>
public static class HostileBodies
{
    private static readonly string[] Keys =
    [
        "command", "page", "page_size", "id", "type", "data", "name", "options", "value", "custom_id", "token", "member", "user",
        "application_id", "guild_id", "permissions", "roles", "actions", "action_id", "event", "challenge", "text", "response_url",
        "trigger_id", "focused", "component_type", "message", "event_id", "channel", "ts", "thread_ts", "bot_id", "view", "x",
    ];

    private static readonly string[] Words =
    [
        "", " ", "/help", "/ask ferry strait", "/who said peace", "/plan point 99999999999", "/timeline november", "/status", "/reload",
        "/quotes x about", "/sources", "\u0000", "\u200b\u202e", "ø´¨ˆπ", "💥🇺🇦", "%00", "'; DROP TABLE", "{{", "\\", "\"",
        "next:999999", "more:abc", "vote:up:x", "-1", "1e309", "NaN", "123456789012345678901234567890",
    ];

    private static readonly Gen<string> Text = Gen.Frequency((3, Gen.OneOf(Words)), (2, Gen.String), (1, Gen.Int[1, 40].Select(n => new string('a', n * 100))));

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf(
        Gen.Bool.Select(_ => (JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l)),
        Gen.Int[-3, 30].Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : JsonValue.Create(0.5)),
        Text.Select(s => (JsonNode?)JsonValue.Create(s)));

    public static readonly Gen<JsonNode?> Json = Node(3);

    private static Gen<JsonNode?> Node(int depth) => depth == 0 ? Scalar : Gen.Frequency(
        (3, Scalar),
        (1, Node(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]))),
        (2, Gen.Select(Gen.OneOf(Keys), Node(depth - 1)).Array[0, 5].Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var pair in pairs) o[pair.Item1] = pair.Item2?.DeepClone();
            return (JsonNode?)o;
        })));

    /// <summary>How a body is damaged: the kind, where (a fraction of its length or nodes), and with what.</summary>
    public static readonly Gen<(int Kind, int At, JsonNode? With)> Damage = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1_000_000], Json);

    /// <summary>The template with one node replaced or removed, then possibly damaged as bytes.</summary>
    public static byte[] Mutate(JsonNode template, (int Kind, int At, JsonNode? With) damage)
    {
        var root = template.DeepClone();
        var slots = Slots(root).ToList();
        var (kind, at, with) = damage;
        if (slots.Count > 0 && kind is 1 or 2)
        {
            var (parent, key, index) = slots[at % slots.Count];
            if (parent is JsonObject o)
            {
                if (kind == 1) o[key!] = with?.DeepClone();
                else o.Remove(key!);
            }
            else if (parent is JsonArray a)
            {
                if (kind == 1) a[index] = with?.DeepClone();
                else a.RemoveAt(index);
            }
        }
        return Damaged(Encoding.UTF8.GetBytes(root.ToJsonString()), damage);
    }

    /// <summary>Byte-level damage (kinds 3 to 9); other kinds leave the bytes alone.</summary>
    public static byte[] Damaged(byte[] body, (int Kind, int At, JsonNode? With) damage)
    {
        var at = body.Length == 0 ? 0 : damage.At % body.Length;
        return damage.Kind switch
        {
            3 => body[..at],
            4 => [.. body[..at], (byte)(body.Length == 0 ? 0 : body[at] ^ (1 << (damage.At % 8))), .. body[Math.Min(body.Length, at + 1)..]],
            5 => [.. body[..at], 0xC3, 0x28, 0xFF, 0xED, 0xA0, 0x80, .. body[at..]],
            6 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"/", "\"\\ud800/", StringComparison.Ordinal).Replace("\":\"", "\":\"\\udfff", StringComparison.Ordinal)),
            7 => [.. Encoding.UTF8.GetBytes(new string('[', 5000)), .. body],
            8 => [.. body, .. body],
            9 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace(":", ":{\"x\":", StringComparison.Ordinal)),
            _ => body,
        };
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        if (node is JsonObject o)
            foreach (var (k, v) in o.ToList())
            {
                yield return (o, k, 0);
                if (v is not null) foreach (var s in Slots(v)) yield return s;
            }
        else if (node is JsonArray a)
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                if (a[i] is { } v) foreach (var s in Slots(v)) yield return s;
            }
    }
}
