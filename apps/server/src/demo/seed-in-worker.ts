/**
 * Loads the demo data in a worker thread. Generating half a million synthetic answers and
 * publishing three cycles needs a few hundred megabytes of heap; in the server's own thread that
 * memory stayed with the server for as long as it ran (630 MB resident instead of ~230 MB), and
 * its garbage collections slowed every request after it. A worker's heap goes with the worker.
 */
import { Worker } from 'node:worker_threads';
import type { SeedSummary } from './seed.js';

type WorkerMessage = { kind: 'log'; line: string } | { kind: 'done'; summary: SeedSummary } | { kind: 'failed'; message: string; stack?: string };

export function seedDemoDataInWorker(databaseUrl: string, log: (line: string) => void = () => {}): Promise<SeedSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./seed-worker.js', import.meta.url), { workerData: { databaseUrl } });
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'log') log(message.line);
      else if (message.kind === 'done') {
        settled = true;
        resolve(message.summary);
      } else {
        settled = true;
        reject(Object.assign(new Error(`Loading the demo data failed: ${message.message}`), { stack: message.stack }));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The demo data worker stopped (exit code ${code}) before it finished.`));
    });
  });
}
