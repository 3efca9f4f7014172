using System.Net;
using System.Net.Sockets;

namespace PeaceBot.Import.Fetching;

/// <summary>
/// Which IP addresses an import may connect to: public unicast only. Loopback, private (RFC 1918, unique-local),
/// link-local (where cloud metadata services live), carrier-grade NAT, multicast, reserved and unspecified ranges are
/// refused, as are IPv4 addresses wrapped in IPv6 forms that reach them.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Null when <paramref name="address"/> is public; otherwise why it is not.</summary>
    public static string? WhyBlocked(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) return WhyBlocked(address.MapToIPv4());
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => WhyBlockedV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => WhyBlockedV6(address),
            _ => "not an IP address",
        };
    }

    private static string? WhyBlockedV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "an unspecified address",
        (10, _) => "a private address",
        (100, >= 64 and <= 127) => "a carrier-grade NAT address",
        (127, _) => "a loopback address",
        (169, 254) => "a link-local address (cloud metadata lives there)",
        (172, >= 16 and <= 31) => "a private address",
        (192, 0) when b[2] is 0 or 2 => "a reserved address",
        (192, 168) => "a private address",
        (198, 18 or 19) => "a benchmarking address",
        (198, 51) when b[2] == 100 => "a documentation address",
        (203, 0) when b[2] == 113 => "a documentation address",
        ( >= 224, _) => "a multicast or reserved address",
        _ => null,
    };

    private static string? WhyBlockedV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback)) return "a loopback address";
        if (address.Equals(IPAddress.IPv6None)) return "an unspecified address";
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal) return "a link-local address";
        if (address.IsIPv6Multicast) return "a multicast address";
        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC) return "a private (unique-local) address";
        // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) forms carry an IPv4 address inside.
        if (b.Take(12).All(x => x == 0)) return WhyBlockedV4(b[12..16]) ?? "an IPv4-compatible address";
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) return WhyBlockedV4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return WhyBlockedV4(b[2..6]);
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "a documentation address";
        return null;
    }
}
