using System.Net;
using System.Net.Sockets;

namespace PeaceBot.Import.Fetching;

/// <summary>
/// The socket connect step of the import's HTTP handler. It resolves the host itself and connects only to an address
/// <see cref="AddressPolicy"/> allows, so the check applies to the address actually used: a DNS answer that changes
/// between a check and the connection (rebinding) cannot slip a private address through.
/// </summary>
public sealed class GuardedConnector(bool allowPrivateNetworks, IReadOnlySet<IPAddress>? allowedPrivate = null)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        IPAddress[] addresses;
        if (IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)) addresses = [literal];
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                throw new HttpRequestException($"the host '{endpoint.Host}' could not be found ({e.SocketErrorCode})", e);
            }
        }

        var allowed = allowPrivateNetworks ? addresses : addresses.Where(a => AddressPolicy.WhyBlocked(a) is null || allowedPrivate?.Contains(a) == true).ToArray();
        if (allowed.Length == 0)
        {
            var why = addresses.Length == 0 ? "no address" : AddressPolicy.WhyBlocked(addresses[0]);
            throw new BlockedAddressException($"'{endpoint.Host}' is {why}; imports only fetch from public addresses");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"could not connect to '{endpoint.Host}': {last?.Message}", last);
    }
}
