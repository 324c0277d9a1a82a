package org.veil.offline;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * Every host name lookup, "localhost" included, is recorded and refused in the guarded JVM; in any
 * other JVM (the test runner itself) lookups go to the JDK's own resolver. Registered through
 * {@code META-INF/services} in the test resources, which is how JDK 18+ finds resolvers.
 */
public final class RefusingResolverProvider extends InetAddressResolverProvider {
  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        if (NetworkAttempts.armed()) {
          throw unknownHost("dns-lookup", host);
        }
        return builtin.lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        if (NetworkAttempts.armed()) {
          throw unknownHost("dns-reverse", InetAddress.getByAddress(addr).getHostAddress());
        }
        return builtin.lookupByAddress(addr);
      }
    };
  }

  private static UnknownHostException unknownHost(String kind, String host) {
    UnknownHostException refused = new UnknownHostException(host);
    refused.initCause(NetworkAttempts.refuse(kind, host));
    return refused;
  }

  @Override
  public String name() {
    return "veil-offline-guard";
  }
}
