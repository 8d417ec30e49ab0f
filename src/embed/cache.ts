import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * transformers.js' file cache writes each download to `<file>.tmp.<pid>.<random>`
 * and renames it when complete (and removes it on an error), so a cached file
 * is always whole. Only a killed process leaves its temp file behind; this
 * removes those of processes that no longer run.
 */
const TEMP = /\.tmp\.(\d+)\.[0-9a-z]+$/;

export async function removeStaleDownloads(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return removed; // nothing cached yet
  }
  for (const entry of entries) {
    const pid = TEMP.exec(entry.name)?.[1];
    if (!entry.isFile() || !pid || isRunning(Number(pid))) continue;
    const file = join(entry.parentPath, entry.name);
    await unlink(file).then(() => removed.push(file), () => {});
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
