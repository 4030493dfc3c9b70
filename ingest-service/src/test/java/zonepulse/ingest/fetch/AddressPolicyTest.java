package zonepulse.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Classification only: no address here is ever connected to. */
class AddressPolicyTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.255.254",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "169.254.169.254",
                "169.254.170.2",
                "100.100.100.200",
                "100.64.0.1",
                "192.0.0.192",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "fd00:ec2::254",
                "fec0::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::7f00:1",
                "2002:7f00:1::1",
                "::127.0.0.1",
                "ff02::1",
                "198.18.0.1",
                "2001:db8::1"
            })
    void internalAddressesAreRefused(String address) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address)))
                .as(address)
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "202.108.22.5", "172.32.0.1", "2400:3200::1", "::ffff:8.8.8.8"})
    void publicAddressesAreAccepted(String address) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(address)))
                .as(address)
                .isEmpty();
    }
}
