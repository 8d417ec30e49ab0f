import { loadLexicon } from '../corpus/lexicon.js';
import { HINT, IndexUnavailableError, loadStoredIndex, type StoredIndex } from '../store/index-store.js';
import { KEYWORD_INDEX_VERSION, type KeywordIndexData } from './keyword.js';
import { KeywordIndex } from './keyword-index.js';

/** Everything an answer needs, in memory: the stored generation with its keyword index ready to search. */
export interface LoadedIndex extends Omit<StoredIndex, 'keyword'> {
  keyword: KeywordIndex;
}

/** Shards are only written by the indexer; a loaded index needs no shard size of its own. */
const READ_ONLY_SHARD_SIZE = 10_000;

/** Loads the active generation and checks its keyword index against its chunks. */
export async function loadIndex(indexDir: string): Promise<LoadedIndex> {
  // Questions are analysed with the lexicon too (compounds): loaded once per process.
  const [stored] = await Promise.all([loadStoredIndex(indexDir, KEYWORD_INDEX_VERSION, READ_ONLY_SHARD_SIZE), loadLexicon()]);
  const segments = stored.keyword.map((k) => ({ data: k.data as KeywordIndexData, positions: k.positions }));
  const broken = segments.find((s) => s.data?.size !== s.positions.length);
  if (broken) {
    stored.vectors?.close();
    throw new IndexUnavailableError('corrupt', `De index is inconsistent: ${broken.data?.size ?? 0} passages in de trefwoordenindex van een segment, ${broken.positions.length} verwacht. ${HINT}`);
  }
  return { ...stored, keyword: KeywordIndex.of(segments) };
}
