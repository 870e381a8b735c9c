package org.jiexu.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy for the benchmarks that delays every byte by a fixed time in each direction, so that a database on
 * the same host answers as one across a network would (a round trip of twice the delay). Bytes keep their order;
 * throughput is not limited. The kernel's own network emulation (netem) is not available on this machine.
 */
final class DelayProxy implements AutoCloseable {

	private final ServerSocket server;

	private final long delayNanos;

	DelayProxy(String host, int port, long delayMicros) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.delayNanos = delayMicros * 1000;
		Thread acceptor = new Thread(() -> accept(host, port), "delay-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void accept(String host, int port) {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket upstream = new Socket(host, port);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	/** Reads from one side and writes to the other once each chunk is {@code delay} old. */
	private void pipe(Socket from, Socket to) throws IOException {
		BlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		Thread reader = new Thread(() -> {
			byte[] buffer = new byte[1 << 16];
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					queue.put(new Object[] { System.nanoTime() + this.delayNanos, Arrays.copyOf(buffer, read) });
				}
			}
			catch (IOException | InterruptedException ended) {
				// the connection closed
			}
			queue.add(new Object[] { 0L, new byte[0] });
		}, "delay-proxy-read");
		Thread writer = new Thread(() -> {
			try {
				while (true) {
					Object[] chunk = queue.take();
					byte[] bytes = (byte[]) chunk[1];
					if (bytes.length == 0) {
						break;
					}
					long wait = (long) chunk[0] - System.nanoTime();
					while (wait > 0) {
						// Thread.sleep rounds a part of a millisecond up to a whole one; parkNanos does not
						LockSupport.parkNanos(wait);
						wait = (long) chunk[0] - System.nanoTime();
					}
					out.write(bytes);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ended) {
				// the other side closed
			}
			try {
				to.shutdownOutput();
			}
			catch (IOException ignored) {
				// already closed
			}
		}, "delay-proxy-write");
		reader.setDaemon(true);
		writer.setDaemon(true);
		reader.start();
		writer.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
