package org.veil.offline;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;

/** What every {@code java.net.DatagramSocket} gets in the guarded JVM. */
final class RefusingDatagramSocketImpl extends DatagramSocketImpl {
  private static SocketException refuse(String what) {
    return NetworkAttempts.refuse("datagram-socket", what);
  }

  @Override
  protected void create() throws SocketException {
    throw refuse("create");
  }

  @Override
  protected void bind(int lport, InetAddress laddr) throws SocketException {
    throw refuse("bind " + laddr + ":" + lport);
  }

  @Override
  protected void send(DatagramPacket p) throws IOException {
    throw refuse("send " + p.getSocketAddress());
  }

  @Override
  protected int peek(InetAddress i) throws IOException {
    throw refuse("peek");
  }

  @Override
  protected int peekData(DatagramPacket p) throws IOException {
    throw refuse("peek");
  }

  @Override
  protected void receive(DatagramPacket p) throws IOException {
    throw refuse("receive");
  }

  @Override
  @Deprecated
  protected void setTTL(byte ttl) throws IOException {
    throw refuse("ttl");
  }

  @Override
  @Deprecated
  protected byte getTTL() throws IOException {
    throw refuse("ttl");
  }

  @Override
  protected void setTimeToLive(int ttl) throws IOException {
    throw refuse("ttl");
  }

  @Override
  protected int getTimeToLive() throws IOException {
    throw refuse("ttl");
  }

  @Override
  protected void join(InetAddress inetaddr) throws IOException {
    throw refuse("join");
  }

  @Override
  protected void leave(InetAddress inetaddr) throws IOException {
    throw refuse("leave");
  }

  @Override
  protected void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
    throw refuse("join");
  }

  @Override
  protected void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
    throw refuse("leave");
  }

  @Override
  protected void close() {}

  @Override
  public void setOption(int optID, Object value) throws SocketException {
    throw refuse("option " + optID);
  }

  @Override
  public Object getOption(int optID) throws SocketException {
    throw refuse("option " + optID);
  }
}
