package org.sojourn.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts later in another process (a distribution, an SMTP server).
 *
 * <p>Why not {@code new ServerSocket(0)}: that hands out a port from the kernel's ephemeral range,
 * the same range every outgoing connection (JDBC, Maven, RMI) takes its local port from. Between
 * picking the port and the distribution binding it seconds later, a pooled database connection
 * may take that very port, and the distribution then never listens. Ports below the ephemeral
 * range are only ever taken by servers that ask for them.
 */
final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 20_000;
    private static final int TRIES = 200;

    private FreePorts() {
    }

    /** @return a port nothing listens on now, below the ephemeral range */
    static int pick() {
        int below = ephemeralStart();
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port in " + LOWEST + ".." + below + " after " + TRIES + " tries");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException notLinux) {
            return 32_768; // the Linux default; other systems use 49152 and up, above it
        }
    }
}
