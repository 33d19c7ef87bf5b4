// A TCP relay in front of a server, to take it away mid-test: first hung (open connections stay
// open and silent, new ones are accepted and never answered), then stopped (connections refused).
import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** The server hangs: nothing more is relayed either way, and new connections get no answer. */
  hang(): void;
  /** The server is gone: every connection is dropped and new ones are refused. */
  stop(): Promise<void>;
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let hung = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    track(client);
    if (hung) return;
    const upstream = connect(target);
    track(upstream);
    // Relay by hand, so that a hang can stop it without closing either side.
    client.on('data', (chunk: Buffer) => void (hung || upstream.write(chunk)));
    upstream.on('data', (chunk: Buffer) => void (hung || client.write(chunk)));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    hang: () => {
      hung = true;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
