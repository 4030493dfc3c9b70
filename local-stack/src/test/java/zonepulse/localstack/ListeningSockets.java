package zonepulse.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets this process listens on, as the Linux kernel reports them: the sockets of {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} in state LISTEN whose inode is one of this process's open file descriptors
 * ({@code /proc/self/fd}). Read from the OS rather than from the servers' own accounts, so that a socket a library
 * binds on its own (as Kafka's test kit did, on every interface) cannot hide.
 */
final class ListeningSockets {
    /** TCP_LISTEN in the kernel's {@code st} column. */
    private static final String LISTEN = "0A";

    private ListeningSockets() {}

    /** The local addresses of this process's listening TCP sockets, IPv4 and IPv6. */
    static List<InetSocketAddress> ofThisProcess() {
        Set<String> inodes = socketInodes();
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] fields = line.trim().split("\\s+");
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode …
                if (fields.length > 9 && fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    listening.add(address(fields[1]));
                }
            }
        }
        return listening;
    }

    /** The inodes of the sockets among this process's file descriptors ({@code socket:[12345]}). */
    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                String target;
                try {
                    target = Files.readSymbolicLink(descriptor).toString();
                } catch (IOException closedMeanwhile) {
                    continue; // a descriptor closed since the listing: not a socket of this moment
                }
                if (target.startsWith("socket:[") && target.endsWith("]")) {
                    inodes.add(target.substring("socket:[".length(), target.length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc/self/fd", e);
        }
        return inodes;
    }

    private static List<String> lines(Path table) {
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size()); // the header
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
    }

    /**
     * {@code 0100007F:1F90} → 127.0.0.1:8080. The kernel prints the address as 32-bit words in the host's byte order
     * (one word for IPv4, four for IPv6), each as 8 hex digits, and the port in hex.
     */
    static InetSocketAddress address(String field) {
        String[] parts = field.split(":");
        String hex = parts[0];
        ByteBuffer bytes = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.nativeOrder());
        for (int i = 0; i < hex.length(); i += 8) {
            bytes.putInt(Integer.parseUnsignedInt(hex.substring(i, i + 8), 16));
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes.array()), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + field, e);
        }
    }
}
