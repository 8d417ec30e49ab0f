import { open } from 'node:fs/promises';

/**
 * Writes a large value as JSON without blocking the event loop for the whole
 * file: arrays and objects with many entries are serialised a slice at a
 * time, each slice written before the next is made, so a bot reindexing
 * in-process keeps answering. The bytes equal `JSON.stringify(value)`.
 */

/** Entries serialised at once: small enough to stay well under a few milliseconds each. */
const SLICE = 512;
/** Buffered text written at once. */
const FLUSH_CHARS = 1 << 20;

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let parts: string[] = [];
    let size = 0;
    const emit = async (text: string) => {
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_CHARS) {
        await handle.write(parts.join(''));
        parts = [];
        size = 0;
      }
    };
    await writeValue(value, emit);
    if (parts.length) await handle.write(parts.join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeValue(value: unknown, emit: (text: string) => Promise<void>): Promise<void> {
  if (Array.isArray(value) && value.length > SLICE) {
    await emit('[');
    for (let i = 0; i < value.length; i += SLICE) {
      // JSON.stringify of a slice, without its brackets: the same text as the whole array's.
      await emit((i ? ',' : '') + JSON.stringify(value.slice(i, i + SLICE)).slice(1, -1));
    }
    await emit(']');
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    await emit('{');
    for (const [k, [key, v]] of entries.entries()) {
      await emit(`${k ? ',' : ''}${JSON.stringify(key)}:`);
      await writeValue(v, emit);
    }
    await emit('}');
    return;
  }
  await emit(JSON.stringify(value));
}

/** Ends a JSON file with its closing bracket? A truncated write almost never does. */
export async function jsonLooksClosed(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(16, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return /[}\]]\s*$/.test(tail.toString('latin1'));
  } finally {
    await handle.close();
  }
}
