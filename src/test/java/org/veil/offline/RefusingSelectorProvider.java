package org.veil.offline;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The NIO side (SocketChannel, selectors, java.net.http): named by the system property {@code
 * java.nio.channels.spi.SelectorProvider} on the guarded JVM's command line, so nothing in it can
 * open a channel or a selector.
 */
public final class RefusingSelectorProvider extends SelectorProvider {
  private static IOException refuse(String what) {
    return NetworkAttempts.refuse("nio", what);
  }

  @Override
  public DatagramChannel openDatagramChannel() throws IOException {
    throw refuse("datagram channel");
  }

  @Override
  public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
    throw refuse("datagram channel " + family);
  }

  @Override
  public Pipe openPipe() throws IOException {
    throw refuse("pipe");
  }

  @Override
  public AbstractSelector openSelector() throws IOException {
    throw refuse("selector");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel() throws IOException {
    throw refuse("server socket channel");
  }

  @Override
  public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
    throw refuse("server socket channel " + family);
  }

  @Override
  public SocketChannel openSocketChannel() throws IOException {
    throw refuse("socket channel");
  }

  @Override
  public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
    throw refuse("socket channel " + family);
  }
}
