package zonepulse.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses a fetch may connect to: public unicast ones only. Refused: unspecified, loopback, private
 * (RFC 1918), carrier-grade NAT, link-local (169.254/16, which holds most clouds' metadata address), unique-local and
 * site-local IPv6, multicast, broadcast, reserved and documentation ranges, and the metadata addresses outside those
 * ranges (Alibaba Cloud 100.100.100.200, AWS fd00:ec2::254). IPv6 forms that embed an IPv4 address (mapped,
 * compatible, NAT64, 6to4) are judged by the IPv4 address they carry.
 */
public final class AddressPolicy {
    private AddressPolicy() {}

    /** Why the address is refused, or empty when a fetch may connect to it. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            Optional<byte[]> embedded = embeddedIpv4(b);
            if (embedded.isPresent()) {
                return refusal(ipv4(embedded.get()))
                        .map(reason -> reason + " (embedded in " + address.getHostAddress() + ")");
            }
            return ipv6Refusal(address, b);
        }
        if (address instanceof Inet4Address) {
            return ipv4Refusal(address, b);
        }
        return Optional.of("unknown address family");
    }

    private static Optional<String> ipv4Refusal(InetAddress address, byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        String ip = address.getHostAddress();
        if (a0 == 0) {
            return Optional.of("unspecified/this-network address " + ip);
        }
        if (a0 == 127) {
            return Optional.of("loopback address " + ip);
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private address " + ip);
        }
        if (ip.equals("100.100.100.200") || ip.equals("192.0.0.192")) {
            return Optional.of("cloud metadata address " + ip);
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return Optional.of("carrier-grade NAT address " + ip);
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local or cloud metadata address " + ip);
        }
        if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) {
            return Optional.of("IETF protocol assignment address " + ip);
        }
        if ((a0 == 192 && a1 == 0 && (b[2] & 0xff) == 2)
                || (a0 == 198 && a1 == 51 && (b[2] & 0xff) == 100)
                || (a0 == 203 && a1 == 0 && (b[2] & 0xff) == 113)) {
            return Optional.of("documentation address " + ip);
        }
        if (a0 == 198 && (a1 == 18 || a1 == 19)) {
            return Optional.of("benchmarking address " + ip);
        }
        if (a0 >= 224) {
            return Optional.of("multicast, reserved or broadcast address " + ip);
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Refusal(InetAddress address, byte[] b) {
        String ip = address.getHostAddress();
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified address " + ip);
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback address " + ip);
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xfd && second == 0x00 && isAwsMetadata(b)) {
            return Optional.of("cloud metadata address " + ip);
        }
        if ((first & 0xfe) == 0xfc) {
            return Optional.of("unique-local address " + ip);
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return Optional.of("link-local address " + ip);
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return Optional.of("site-local address " + ip);
        }
        if (first == 0xff) {
            return Optional.of("multicast address " + ip);
        }
        if (first == 0x20 && second == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return Optional.of("documentation address " + ip);
        }
        if (first == 0 || (first == 0x01 && second == 0 && isZero(b, 2, 8))) {
            return Optional.of("reserved address " + ip);
        }
        return Optional.empty();
    }

    /** fd00:ec2::254 */
    private static boolean isAwsMetadata(byte[] b) {
        return (b[2] & 0xff) == 0x0e
                && (b[3] & 0xff) == 0xc2
                && isZero(b, 4, 14)
                && (b[14] & 0xff) == 0x02
                && (b[15] & 0xff) == 0x54;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static Optional<byte[]> embeddedIpv4(byte[] b) {
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Optional.of(slice(b, 12));
        }
        if (isZero(b, 0, 12) && !(isZero(b, 12, 15) && (b[15] == 0 || b[15] == 1))) {
            return Optional.of(slice(b, 12)); // ::a.b.c.d (deprecated compatible form); :: and ::1 are not IPv4
        }
        if ((b[0] & 0xff) == 0x00
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && isZero(b, 4, 12)) {
            return Optional.of(slice(b, 12));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(slice(b, 2));
        }
        return Optional.empty();
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
