import { loadLexicon } from '../corpus/lexicon.js';
import { HINT, IndexUnavailableError, loadStoredIndex, type StoredIndex } from '../store/index-store.js';
import { KeywordIndex, KEYWORD_INDEX_VERSION, type KeywordIndexData } from './keyword.js';

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
  const data = stored.keyword as KeywordIndexData;
  if (data?.size !== stored.chunks.length) {
    stored.vectors?.close();
    throw new IndexUnavailableError('corrupt', `De index is inconsistent: ${data?.size ?? 0} passages in de trefwoordenindex, ${stored.chunks.length} verwacht. ${HINT}`);
  }
  return { ...stored, keyword: new KeywordIndex(data) };
}
