package zonepulse.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution, replaceable in tests; the default is the system resolver. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
