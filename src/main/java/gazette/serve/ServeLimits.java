package gazette.serve;

import java.lang.management.ManagementFactory;

/**
 * How many connections and live-reload streams {@code serve} takes at once. Every connection
 * holds an open file, and so does every file a rebuild reads or writes: past the process's
 * open-file limit, accepting fails in a loop and rebuilds fail. So the server takes at most half
 * the files still free when it starts, and the live-reload streams (which stay open for as long
 * as their tab) at most half of its connections, so pages still load while many tabs are open.
 *
 * @param connections  connections open at once; more wait to be accepted
 * @param eventStreams live-reload streams open at once; more are answered 503
 */
record ServeLimits(int connections, int eventStreams) {
    static final int MAX_CONNECTIONS = 512;
    static final int MIN_CONNECTIONS = 8;

    ServeLimits {
        if (connections < 1 || eventStreams < 1 || eventStreams > connections) throw new IllegalArgumentException(connections + "/" + eventStreams);
    }

    /** From this process's open-file limit and the files it has open now. */
    static ServeLimits ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean os) {
            return forFreeFiles(os.getMaxFileDescriptorCount() - os.getOpenFileDescriptorCount());
        }
        return forFreeFiles(2L * MAX_CONNECTIONS);
    }

    static ServeLimits forFreeFiles(long free) {
        int connections = (int) Math.max(MIN_CONNECTIONS, Math.min(MAX_CONNECTIONS, free / 2));
        return new ServeLimits(connections, Math.max(2, connections / 2));
    }
}
