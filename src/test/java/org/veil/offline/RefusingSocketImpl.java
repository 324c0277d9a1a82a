package org.veil.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;

/** What every {@code java.net.Socket} and {@code ServerSocket} gets in the guarded JVM. */
final class RefusingSocketImpl extends SocketImpl {
  private final boolean server;

  RefusingSocketImpl(boolean server) {
    this.server = server;
  }

  private SocketException refuse(String target) {
    return NetworkAttempts.refuse(server ? "server-socket" : "socket", target);
  }

  @Override
  protected void create(boolean stream) throws IOException {
    throw refuse(stream ? "tcp" : "udp");
  }

  @Override
  protected void connect(String host, int port) throws IOException {
    throw refuse(host + ":" + port);
  }

  @Override
  protected void connect(InetAddress address, int port) throws IOException {
    throw refuse(address + ":" + port);
  }

  @Override
  protected void connect(SocketAddress address, int timeout) throws IOException {
    throw refuse(String.valueOf(address));
  }

  @Override
  protected void bind(InetAddress host, int port) throws IOException {
    throw refuse("bind " + host + ":" + port);
  }

  @Override
  protected void listen(int backlog) throws IOException {
    throw refuse("listen");
  }

  @Override
  protected void accept(SocketImpl s) throws IOException {
    throw refuse("accept");
  }

  @Override
  protected InputStream getInputStream() throws IOException {
    throw refuse("read");
  }

  @Override
  protected OutputStream getOutputStream() throws IOException {
    throw refuse("write");
  }

  @Override
  protected int available() throws IOException {
    throw refuse("available");
  }

  @Override
  protected void close() {}

  @Override
  protected void sendUrgentData(int data) throws IOException {
    throw refuse("urgent data");
  }

  @Override
  public void setOption(int optID, Object value) throws SocketException {
    throw refuse("option " + optID);
  }

  @Override
  public Object getOption(int optID) throws SocketException {
    throw refuse("option " + optID);
  }
}
