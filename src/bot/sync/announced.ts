import { readFile } from 'node:fs/promises';
import { atomicWrite } from '../../sync/store.js';

/**
 * What the bot has announced, persisted (ANNOUNCE_STATE_FILE), so that no
 * announcement is ever repeated, across restarts too. Keys are
 * "new:<question>" and "answered:<question>".
 */
export class AnnouncedStore {
  #keys = new Map<string, string>();
  /** False when there was no (readable) file: the bot has never announced from here. */
  existed = false;

  constructor(readonly file: string) {}

  async load(): Promise<{ problem: string | null }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { problem: null };
      return { problem: `kon ${this.file} niet lezen: ${(err as Error).message}` };
    }
    try {
      const value = JSON.parse(text) as { announced?: Record<string, string> };
      this.#keys = new Map(Object.entries(value.announced ?? {}).filter(([, v]) => typeof v === 'string'));
      this.existed = true;
      return { problem: null };
    } catch {
      return { problem: `${this.file} is geen geldige JSON` };
    }
  }

  has(key: string): boolean {
    return this.#keys.has(key);
  }

  add(key: string, at: Date): void {
    this.#keys.set(key, at.toISOString());
  }

  delete(key: string): void {
    this.#keys.delete(key);
  }

  get size(): number {
    return this.#keys.size;
  }

  async save(): Promise<void> {
    await atomicWrite(this.file, JSON.stringify({ version: 1, announced: Object.fromEntries(this.#keys) }, null, 2) + '\n');
    this.existed = true;
  }
}
