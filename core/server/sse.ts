// Server-sent events for one job: the latest progress, then every update, then the outcome.
import type { ServerResponse } from 'node:http';
import type { JobRegistry } from '../app/jobs.ts';
import { BASE_HEADERS } from './http-io.ts';

const KEEPALIVE_MS = 15_000;

export function streamJob(res: ServerResponse, jobs: JobRegistry, id: string): void {
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': stream open\n\n');
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  let unsubscribe: (() => void) | null = null;
  const stop = () => {
    clearInterval(keepalive);
    unsubscribe?.();
  };
  res.on('close', stop);
  unsubscribe = jobs.subscribe(id, (e) => {
    res.write(`event: job\ndata: ${JSON.stringify(e)}\n\n`);
    if (e.type !== 'progress') {
      stop();
      res.end();
    }
  });
}
