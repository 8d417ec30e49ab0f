import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import type { AnswerGroup, AnswerResult, Passage } from '../../src/answer/index.js';
import { groupByQuestion } from '../../src/answer/index.js';
import { coreSchema } from '../../src/config.js';
import { buildIndex } from '../../src/indexer.js';
import { loadIndex, type LoadedIndex } from '../../src/search/loaded-index.js';

/** Synthetic answers for limit tests, and real keyword indexes built in a temp dir. */

let counter = 0;

export function passage(overrides: Partial<Passage> = {}): Passage {
  counter++;
  const questionNumber = overrides.questionNumber ?? 455;
  return {
    rank: 1,
    score: 7.9,
    confidence: 0.9,
    verdict: { kind: 'answers' },
    docId: overrides.docId ?? `doc-${questionNumber}`,
    file: `${questionNumber}.txt`,
    questionNumber,
    date: '2018-05-23',
    questioner: 'YASMINE KHERBACHE',
    minister: { name: 'LIESBETH HOMANS', title: 'VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING' },
    title: 'Integratiepact - Stand van zaken (2)',
    part: 'antwoord',
    item: '2',
    itemDescription: 'antwoord op punt 2',
    answersQuestion: { label: '2', text: 'a) Hoeveel projecten werden ingediend?' },
    quote: { text: 'Zoals bepaald in de oproep, wordt uiterlijk op 30 juni 2018 beslist over de goedkeuring van de projecten.', start: 0, end: 10 },
    highlights: [],
    passage: { text: 'passage', start: 0, end: 7 },
    chunkId: `chunk-${counter}`,
    unanswered: false,
    citedQuestions: [],
    ...overrides,
  };
}

export function result(passages: Passage[], overrides: Partial<AnswerResult> = {}): AnswerResult {
  const groups: AnswerGroup[] = groupByQuestion(passages);
  return {
    status: 'answered',
    query: 'Hoeveel projecten werden ingediend?',
    searchedQuery: 'Hoeveel projecten werden ingediend?',
    mode: 'keyword',
    keywordOnly: { kind: 'no-vectors' },
    reason: null,
    notes: [],
    passages,
    groups,
    closest: [],
    shortfall: null,
    hasMore: false,
    filters: {},
    timings: { embedMs: 0, retrieveMs: 0, quoteMs: 0, totalMs: 0 },
    ...overrides,
  };
}

/** A long text of many sentences. */
export function sentences(n: number, word = 'integratie'): string {
  return Array.from({ length: n }, (_, i) => `Zin ${i + 1} gaat over ${word} en over de projecten van het pact.`).join(' ');
}

export interface TempIndex {
  dir: string;
  index: LoadedIndex;
  cleanup: () => Promise<void>;
}

/** A keyword-only index of `corpusDir`, built in a fresh temp folder. */
export async function tempIndex(corpusDir: string): Promise<TempIndex> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ip-bot-index-'));
  await buildIndex(coreSchema.parse({ CORPUS_DIR: corpusDir, INDEX_DIR: dir, RETRIEVAL_MODE: 'keyword' }));
  const index = await loadIndex(dir);
  return { dir, index, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The real corpus and the fixture corpus as keyword indexes, built once for a describe block. */
export function useTempIndexes(): { readonly small: TempIndex; readonly many: TempIndex } {
  const indexes = {} as { small: TempIndex; many: TempIndex };
  beforeAll(async () => {
    indexes.small = await tempIndex('corpus');
    indexes.many = await tempIndex('eval/fixtures/corpus');
  });
  afterAll(async () => {
    await indexes.small?.cleanup();
    await indexes.many?.cleanup();
  });
  return indexes;
}
