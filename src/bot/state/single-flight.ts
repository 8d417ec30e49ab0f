/**
 * One job of a kind at a time (a reindex, a sync): a second request while one
 * runs gets `busy()` at once; the running job can be asked to stop at its next
 * checkpoint, and shutdown can wait for it.
 */
export class SingleFlight<T> {
  #controller: AbortController | null = null;
  #done: Promise<unknown> = Promise.resolve();

  get running(): boolean {
    return this.#controller !== null;
  }

  /** Starts `job` unless one runs (then `busy()`); resolves when it has finished. */
  run(job: (signal: AbortSignal) => Promise<T>, busy: () => T): Promise<T> {
    if (this.#controller) return Promise.resolve(busy());
    const controller = new AbortController();
    this.#controller = controller;
    const work = job(controller.signal).finally(() => {
      this.#controller = null;
    });
    this.#done = work.catch(() => {});
    return work;
  }

  abort(): void {
    this.#controller?.abort();
  }

  whenIdle(): Promise<void> {
    return this.#done.then(() => {});
  }
}
