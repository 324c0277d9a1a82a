package org.veil.offline;

import java.io.IOException;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.spi.AsynchronousChannelProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;

/** The asynchronous socket channels, refused like the rest in the guarded JVM. */
public final class RefusingAsyncChannelProvider extends AsynchronousChannelProvider {
  private static IOException refuse(String what) {
    return NetworkAttempts.refuse("async", what);
  }

  @Override
  public AsynchronousChannelGroup openAsynchronousChannelGroup(
      int nThreads, ThreadFactory threadFactory) throws IOException {
    throw refuse("channel group");
  }

  @Override
  public AsynchronousChannelGroup openAsynchronousChannelGroup(
      ExecutorService executor, int initialSize) throws IOException {
    throw refuse("channel group");
  }

  @Override
  public AsynchronousServerSocketChannel openAsynchronousServerSocketChannel(
      AsynchronousChannelGroup group) throws IOException {
    throw refuse("server socket channel");
  }

  @Override
  public AsynchronousSocketChannel openAsynchronousSocketChannel(AsynchronousChannelGroup group)
      throws IOException {
    throw refuse("socket channel");
  }
}
