/**
 * A small static server for the browser benchmark: the built app (dist/) at /,
 * generated datasets at /bench-data/, and the peer page with its files at
 * /peer/. Anything else is a 404, never the app's page: the app must be able
 * to tell a missing dataset from a found one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface Served {
  /** The path asked for (no query). */
  path: string;
  /** performance.now() in Node when the answer was sent. */
  at: number;
}

export interface BenchServer {
  origin: string;
  /** Serves a body held in memory at this exact path (replacing any before). */
  put(path: string, body: string | Buffer): void;
  /** Serves a file from disk at this exact path. */
  putFile(path: string, file: string): void;
  /** Every answered request since the last call of clearLog, in order. */
  log: Served[];
  clearLog(): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 at a free port; `root` is served at / (index.html for /). */
export async function startServer(root: string): Promise<BenchServer> {
  const rootDir = resolve(root);
  const memory = new Map<string, Buffer>();
  const files = new Map<string, string>();
  const log: Served[] = [];

  async function body(path: string): Promise<Buffer | undefined> {
    const held = memory.get(path);
    if (held) return held;
    const file = files.get(path);
    if (file) return readFile(file);
    if (path.startsWith('/bench-data/') || path.startsWith('/peer/')) return undefined;
    // dist/: no escaping it, no directory listings, no fallback to index.html.
    const relative = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
    const full = normalize(join(rootDir, relative));
    if (full !== rootDir && !full.startsWith(rootDir + sep)) return undefined;
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    return readFile(full);
  }

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    body(path)
      .catch(() => undefined)
      .then((found) => {
        if (!found) {
          response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end(`Not found: ${path}\n`);
          return;
        }
        response.writeHead(200, {
          'Content-Type': contentType(path === '/' ? 'index.html' : path),
          'Content-Length': found.length,
          'Cache-Control': 'no-cache',
        });
        response.end(request.method === 'HEAD' ? undefined : found);
        log.push({ path, at: performance.now() });
      });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    put: (path, content) => {
      memory.set(path, typeof content === 'string' ? Buffer.from(content) : content);
    },
    putFile: (path, file) => {
      files.set(path, file);
    },
    log,
    clearLog: () => {
      log.length = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
