import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long synchronous loops (chunking, the keyword index) call the returned
 * function once per step; every `sliceMs` of work it yields to the event
 * loop, so a bot that reindexes in-process keeps answering interactions
 * within Discord's 3 seconds.
 */
export function cooperative(sliceMs = 10): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return nextTurn().then(() => {
      since = performance.now();
    });
  };
}
