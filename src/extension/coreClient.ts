import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Envelope, Reply, Request, ResponseOf, TextRef } from './protocol';

/** Talks to the core worker: one request, one promise. Started lazily, on the first Arabic document. */
export class CoreClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(
    private readonly distDir: string,
    private readonly log: (line: string) => void,
  ) {}

  /** `transfer`: buffers handed to the worker rather than copied (they are unusable here afterwards). */
  request<K extends Request['kind']>(request: Extract<Request, { kind: K }>, transfer: ArrayBuffer[] = []): Promise<ResponseOf[K]> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, request } satisfies Envelope, transfer);
    });
  }

  /**
   * Sends a long text ahead, one piece per message and a timer's turn apart (so what else waits on
   * the host, its timers and messages included, runs between pieces), so the host never clones
   * more than a piece at once; a request names the text by the reference this resolves with.
   */
  async sendText(pieces: Iterable<string>): Promise<TextRef> {
    const staged = this.nextId++;
    for (const piece of pieces) {
      this.ensureWorker().postMessage({ staged, piece } satisfies Envelope);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return { staged };
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('Tadqiq core stopped'));
    this.pending.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(this.distDir, 'worker.js'));
    worker.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new Error(reply.error));
    });
    worker.on('error', (e) => {
      this.log(`core worker failed: ${e.message}`);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined; // the next request starts a fresh worker
    });
    this.worker = worker;
    this.log('core worker started');
    return worker;
  }
}
