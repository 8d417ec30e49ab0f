import { stemmer as englishStem } from '@orama/stemmers/english';
import bm25 from 'wink-bm25-text-search';
import winkNLP, { type ItemToken } from 'wink-nlp';
import englishModel from 'wink-eng-lite-web-model';
import type { IndexedChunk } from '../corpus/chunk.js';
import { buildKeywordIndex, type Analyzer } from '../search/keyword.js';
import { KeywordIndex } from '../search/keyword-index.js';
import { selectQuote } from '../answer/quote.js';
import type { LoadedIndex } from '../search/loaded-index.js';
import type { RunOutcome } from './metrics.js';

/**
 * The baselines the product's retrieval is measured against in the same run.
 * Neither has structure mapping, fusion or abstention; each quotes from the
 * chunk it ranks first.
 */

type Passage = RunOutcome['passages'][number];

function passageOf(index: LoadedIndex, chunk: IndexedChunk, scorer: Parameters<typeof selectQuote>[2]): Passage {
  const doc = index.documents.find((d) => d.id === chunk.docId)!;
  const q = selectQuote(doc.text, { start: chunk.start, end: chunk.end }, scorer);
  return { questionNumber: chunk.questionNumber, part: chunk.part, item: chunk.item, quote: doc.text.slice(q.start, q.end), passage: chunk.text };
}

/**
 * Vectra 0.12's built-in BM25, run the way `LocalIndex.queryItems(…, isBm25)`
 * runs it: wink-bm25-text-search with wink-nlp's English model (English
 * stopwords and stems, "!" on negated words), an engine built over every
 * chunk for every query. Kinder to Vectra than Vectra itself: the chunk texts
 * come from memory (Vectra reads each document file per query) and the NLP
 * model is loaded once.
 */
export class VectraBm25Baseline {
  private readonly prep: (text: string) => string[];

  constructor(private readonly index: LoadedIndex) {
    const nlp = winkNLP(englishModel);
    const its = nlp.its;
    // wink's typings want model addons for `its.stem`; the English model has them.
    const stem = its.stem as unknown as typeof its.value;
    // Vectra's prep task, verbatim in behaviour.
    this.prep = (text) => {
      const tokens: string[] = [];
      nlp
        .readDoc(text)
        .tokens()
        .filter((t) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag))
        .each((t: ItemToken) => tokens.push(t.out(its.negationFlag) ? '!' + t.out(stem) : t.out(stem)));
      return tokens;
    };
  }

  run(query: string, limit = 10): RunOutcome {
    const started = performance.now();
    const engine = bm25();
    engine.defineConfig({ fldWeights: { body: 1 } });
    engine.definePrepTasks([this.prep]);
    this.index.chunks.forEach((c, i) => engine.addDoc({ body: c.text }, i));
    engine.consolidate();
    const hits = engine.search(query).slice(0, limit);
    const queryTerms = [...new Set(this.prep(query))];
    const analyzer: Analyzer = { terms: this.prep, grams: () => [] };
    const scorer = { weight: () => 1, queryTerms, queryGrams: new Set<string>(), analyzer };
    const passages = hits.map(([i]) => passageOf(this.index, this.index.chunks[i]!, scorer));
    return { abstained: false, passages, latencyMs: performance.now() - started };
  }
}

const ENGLISH_STOPWORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with what which when where who how many much does did do from'.split(' '),
);

const englishAnalyzer: Analyzer = {
  terms: (text) =>
    (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !ENGLISH_STOPWORDS.has(t)).map((t) => englishStem(t)),
  grams: () => [],
};

/**
 * The same English scoring with the index built once, as our own BM25 is: it
 * separates what Dutch analysis buys from what a prebuilt index buys.
 */
export class PrebuiltEnglishBaseline {
  private constructor(
    private readonly index: LoadedIndex,
    private readonly keyword: KeywordIndex,
  ) {}

  static async create(index: LoadedIndex): Promise<PrebuiltEnglishBaseline> {
    const data = await buildKeywordIndex(index.chunks.map((c: IndexedChunk) => ({ text: c.text, title: '', context: '' })), englishAnalyzer);
    return new PrebuiltEnglishBaseline(index, KeywordIndex.of(data, { text: 1, title: 0, context: 0, grams: 0 }));
  }

  run(query: string, limit = 10): RunOutcome {
    const started = performance.now();
    const terms = [...new Set(englishAnalyzer.terms(query))];
    const hits = this.keyword.search({ terms, grams: [] }, { limit });
    const scorer = { weight: (t: string) => this.keyword.idf(t), queryTerms: terms, queryGrams: new Set<string>(), analyzer: englishAnalyzer };
    const passages = hits.map((h) => passageOf(this.index, this.index.chunks[h.index]!, scorer));
    return { abstained: false, passages, latencyMs: performance.now() - started };
  }
}
