package gazette.serve;

import gazette.pipeline.BuildOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to serve.
 *
 * @param build        what to build; its base URL decides {@code basePath}
 * @param host         the address to listen on; loopback unless the user asks otherwise
 * @param port         0 picks a free port
 * @param basePath     the path the site is served under, "/" or "/news/"
 * @param idleTimeout  a connection silent this long is closed (slow or stalled clients); the
 *                     event stream sends a heartbeat in half this time to stay open
 * @param quiet        a burst of file events ends after this much silence; then the site is rebuilt
 * @param allowedHosts host names answered besides loopback names and IP addresses (--allow-host)
 */
public record ServeOptions(BuildOptions build, String host, int port, String basePath, Duration idleTimeout, Duration quiet,
                           Set<String> allowedHosts) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration QUIET = Duration.ofMillis(30);

    public ServeOptions {
        Objects.requireNonNull(build);
        Objects.requireNonNull(host);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
        allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public ServeOptions(BuildOptions build, String host, int port, String basePath) {
        this(build, host, port, basePath, IDLE_TIMEOUT, QUIET, Set.of());
    }

    public ServeOptions withIdleTimeout(Duration timeout) {
        return new ServeOptions(build, host, port, basePath, timeout, quiet, allowedHosts);
    }

    public ServeOptions withAllowedHosts(Set<String> hosts) {
        return new ServeOptions(build, host, port, basePath, idleTimeout, quiet, hosts);
    }
}
