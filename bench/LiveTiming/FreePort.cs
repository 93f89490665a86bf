using System.Net;
using System.Net.Sockets;

namespace LiveTiming;

/// <summary>A loopback port nobody listens on, so that benchmarks (and a contributor's own servir on 5080) do not collide.</summary>
public static class FreePort
{
    public static int Find()
    {
        // Port 0 lets the system choose; the port is free again once the listener stops, for the server to take.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
