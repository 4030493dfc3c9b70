package zonepulse.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only resolver. It resolves once per connection, vets every address of the answer, and hands the
 * client exactly the addresses it vetted: the address checked is the address connected to, so a name that resolves
 * differently on a second lookup (DNS rebinding) gains nothing. One forbidden address refuses the whole answer.
 * Hosts on the operator's allow-list (an in-cluster RSSHub, say) are not vetted.
 */
final class GuardedDnsResolver implements DnsResolver {
    private final HostResolver resolver;
    private final Set<String> allowedHosts;

    GuardedDnsResolver(HostResolver resolver, Set<String> allowedHosts) {
        this.resolver = resolver;
        this.allowedHosts =
                allowedHosts.stream().map(GuardedDnsResolver::normalise).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = normalise(host);
        InetAddress[] addresses = resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (isAllowed(name)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = AddressPolicy.refusal(address);
            if (refusal.isPresent()) {
                throw new ForbiddenAddressException(host, refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    boolean isAllowed(String host) {
        return allowedHosts.contains(normalise(host));
    }

    /** Lower case, without IPv6 brackets or a trailing dot. */
    static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
