// Types for scripts/static-server.js (CommonJS): the static server for dist/.
import type { Server } from 'node:http';
import type { Server as HttpsServer } from 'node:https';

export interface StaticServerOptions {
  /** Folder to serve (e.g. dist/). */
  root: string;
  /** Port; 0 picks a free one (read it from server.address()). Default 3000. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Serve https with this key and certificate. */
  tls?: { key: string | Buffer; cert: string | Buffer } | null;
  /** Called with one line per request ("GET /taskpane.html 200"). */
  log?: (line: string) => void;
  /** Other folders served under a URL prefix, e.g. { prefix: '/office-js/', root: '…/office-js/dist' }. */
  mounts?: { prefix: string; root: string }[];
}

/** Resolves once the server is listening. */
export function createServer(options: StaticServerOptions): Promise<Server | HttpsServer>;
export function contentType(file: string): string;
export function resolveInside(root: string, urlPath: string): string | null;
export const CONTENT_TYPES: Record<string, string>;
