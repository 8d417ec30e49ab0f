/**
 * A function of a text memoised per text, forgetting everything once `size` texts are kept: the answer path reads the
 * same passages and sentences again and again, and a corpus's texts are too many to keep them all. What is kept is
 * shared between callers, so keep it immutable.
 */
export function memoPerText<V>(size: number, compute: (text: string) => V): (text: string) => V {
  const kept = new Map<string, V>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      if (kept.size >= size) kept.clear();
      value = compute(text);
      kept.set(text, value);
    }
    return value;
  };
}
