package zonepulse.ingest.fetch;

import java.net.UnknownHostException;

/**
 * A host that resolved to an address no fetch may connect to. An {@link UnknownHostException}, so the HTTP client
 * gives up on the host exactly as if it had no address: no connection is opened.
 */
final class ForbiddenAddressException extends UnknownHostException {
    ForbiddenAddressException(String host, String reason) {
        super(host + " resolves to a " + reason);
    }
}
