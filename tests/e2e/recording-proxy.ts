// An HTTP proxy on 127.0.0.1 that the browser under test must send every request through: it writes each one down, passes on only those for the test's own page server, and refuses the rest.
import { createServer, request as forward, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  /** "GET http://127.0.0.1:4242/page.html", or "CONNECT example.com:443" for a secure connection (refused). */
  line: string;
  /** The address asked for: the URL, or host:port for CONNECT. */
  target: string;
  at: number;
}

export interface RecordingProxy {
  readonly port: number;
  /** Every request the browser sent, in order. */
  readonly seen: readonly SeenRequest[];
  /** Chromium's switches: every request through the proxy, the loopback included (Chromium skips the proxy for it by default). */
  readonly chromiumArgs: string[];
  /** Firefox's preferences for the same. */
  readonly firefoxPrefs: Record<string, unknown>;
  close(): Promise<void>;
}

/** `passOrigin` (the test's page server, "http://127.0.0.1:PORT") is the one place requests go on to. */
export async function startRecordingProxy(passOrigin: string): Promise<RecordingProxy> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const pass = new URL(passOrigin);
  const note = (method: string, target: string) => seen.push({ line: `${method} ${target}`, target, at: Date.now() });

  const server = createServer((incoming: IncomingMessage, outgoing) => {
    const target = incoming.url ?? '';
    note(incoming.method ?? 'GET', target);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      outgoing.writeHead(400).end('a proxy request names a whole URL');
      return;
    }
    if (url.origin !== pass.origin) {
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = forward({ host: pass.hostname, port: pass.port, method: incoming.method, path: url.pathname + url.search, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  // Secure connections (https, wss) are written down and refused: nothing here may reach past the test's own server.
  server.on('connect', (incoming: IncomingMessage, socket: Socket) => {
    note('CONNECT', incoming.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (incoming: IncomingMessage, socket: Socket) => {
    note('UPGRADE', incoming.url ?? '');
    socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    chromiumArgs: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
