// Types for scripts/serve-dist.js (CommonJS): dist/ over http with sirv.
import type { Server } from 'node:http';

export interface ServeDistOptions {
  /** Folder to serve (e.g. dist/). */
  root: string;
  /** Port; 0 picks a free one (read it from server.address()). Default 3000. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Other folders served under a URL prefix, e.g. { prefix: '/office-js/', root: '…/office-js/dist' }. */
  mounts?: { prefix: string; root: string }[];
}

/** Resolves once the server is listening. */
export function createServer(options: ServeDistOptions): Promise<Server>;
