package id.sdmi.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** In the local stack the services listen on the loopback address only: from outside, the gateway is the one door. */
class LoopbackServicesTest {

    @Test
    void theServicesAnswerOnLoopbackOnlyAndTheGatewayOnTheMachinesAddress() throws SocketException {
        InetAddress outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElse(null);
        assertNotNull(outside, "this machine has an address other than loopback");
        for (int port : Platform.SERVICE_PORTS) {
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), "port " + port + " on loopback");
            assertFalse(connects(outside, port), "port " + port + " on " + outside.getHostAddress());
        }
        assertTrue(connects(outside, 8080), "the gateway on " + outside.getHostAddress());
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
