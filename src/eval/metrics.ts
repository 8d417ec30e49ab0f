import { foldWhitespace } from '../corpus/normalize.js';

/** Gold-labelled query (eval/queries.jsonl). */
export interface GoldQuery {
  id: string;
  query: string;
  lang?: string;
  answerable: boolean;
  questionNumber?: number | null;
  part?: 'vraag' | 'antwoord' | null;
  item?: string | null;
  mustQuote?: string | null;
}

/** What a retrieval mode returned for one query. */
export interface RunOutcome {
  abstained: boolean;
  /**
   * It answered, but said the best passage lacks what was asked ("geeft de
   * minister geen aantal"): for an unanswerable question that is the honest
   * reply, so it counts as declining for the abstention figures.
   */
  saysMissing?: boolean;
  /** When it abstained: the reply's message (why), for reading failures. */
  message?: string | null;
  /** `verdict` and `confidence` are the answer path's own, for reading failures; the baselines have none. */
  passages: { questionNumber: number; part: string; item: string | null; quote: string; passage: string; verdict?: string; confidence?: number }[];
  latencyMs: number;
}

export interface ModeMetrics {
  mode: string;
  answerable: number;
  unanswerable: number;
  passageHit1: number;
  passageHit3: number;
  quoteHit1: number;
  questionNumberAcc1: number;
  mrr10: number;
  abstentionPrecision: number;
  abstentionRecall: number;
  /** Share of answerable questions refused outright. */
  answerableRefused: number;
  latencyP50: number;
  latencyP95: number;
}

/**
 * Gold quotes are compared whitespace-folded: line breaks in the document are layout. A gold quote copied from one
 * line may end in the first half of a word split at the line end ("40 extra plaatsen aan-"): the passage shows the
 * word whole ("aanbiedt"), so that half matches the start of a word, hyphen or not.
 */
export function contains(haystack: string, needle: string): boolean {
  const text = foldWhitespace(haystack);
  const wanted = foldWhitespace(needle);
  if (text.includes(wanted)) return true;
  const split = /\p{L}-$/u.test(wanted) ? wanted.slice(0, -1) : null;
  if (split === null) return false;
  for (let at = text.indexOf(split); at >= 0; at = text.indexOf(split, at + 1)) {
    if (/\p{L}/u.test(text.charAt(at + split.length))) return true;
  }
  return false;
}

/**
 * A gold quote copied with its item marker ("5. Met welke drempels …", or an item's and its sub-item's, "5. a) …") is
 * shown without it: the reply cites the item beside the quote ("vraag op punt
 * 5"), so the marker is not part of what must be quoted.
 */
const LEADING_ITEM_MARKER = /^\s*(?:(?:\d{1,2}(?:\s*(?:,|en)\s*\d{1,2})*[.)]|[a-z]\))\s+)+/;

export function quoteContains(quote: string, mustQuote: string): boolean {
  return contains(quote, mustQuote.replace(LEADING_ITEM_MARKER, ''));
}

/** The item's marker, as for quotes (quoteContains): a sub-item's passage starts at its own marker ("a) …"), not its item's ("5. a) …"). */
export function passageHits(q: GoldQuery, p: RunOutcome['passages'][number]): boolean {
  return Boolean(q.mustQuote) && p.questionNumber === q.questionNumber && (contains(p.passage, q.mustQuote!) || quoteContains(p.passage, q.mustQuote!));
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function computeMetrics(mode: string, queries: GoldQuery[], outcomes: RunOutcome[]): ModeMetrics {
  const answerable = queries.map((q, i) => ({ q, o: outcomes[i]! })).filter(({ q }) => q.answerable);
  const unanswerable = queries.map((q, i) => ({ q, o: outcomes[i]! })).filter(({ q }) => !q.answerable);
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const hitRank = (q: GoldQuery, o: RunOutcome) => {
    if (o.abstained) return 0;
    const idx = o.passages.slice(0, 10).findIndex((p) => passageHits(q, p));
    return idx < 0 ? 0 : idx + 1;
  };
  const declines = (o: RunOutcome) => o.abstained || o.saysMissing === true;
  const abstainedTotal = outcomes.filter(declines).length;
  const abstainedCorrect = unanswerable.filter(({ o }) => declines(o)).length;
  const latencies = outcomes.map((o) => o.latencyMs);
  return {
    mode,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    passageHit1: share(answerable.filter(({ q, o }) => hitRank(q, o) === 1).length, answerable.length),
    passageHit3: share(answerable.filter(({ q, o }) => { const r = hitRank(q, o); return r >= 1 && r <= 3; }).length, answerable.length),
    quoteHit1: share(answerable.filter(({ q, o }) => !o.abstained && o.passages[0] && q.mustQuote && o.passages[0].questionNumber === q.questionNumber && quoteContains(o.passages[0].quote, q.mustQuote)).length, answerable.length),
    questionNumberAcc1: share(answerable.filter(({ q, o }) => !o.abstained && o.passages[0]?.questionNumber === q.questionNumber).length, answerable.length),
    mrr10: share(answerable.reduce((sum, { q, o }) => { const r = hitRank(q, o); return sum + (r ? 1 / r : 0); }, 0), answerable.length),
    abstentionPrecision: share(abstainedCorrect, abstainedTotal),
    abstentionRecall: share(abstainedCorrect, unanswerable.length),
    answerableRefused: share(answerable.filter(({ o }) => o.abstained).length, answerable.length),
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
  };
}

const pct = (x: number) => x.toFixed(2);

export function metricsTable(rows: ModeMetrics[]): string {
  const header = '| mode | passage hit@1 | passage hit@3 | quote hit@1 | nr. acc@1 | MRR@10 | abst. precision | abst. recall | answerable refused | p50 ms | p95 ms |';
  const sep = '|---|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.mode} | ${pct(r.passageHit1)} | ${pct(r.passageHit3)} | ${pct(r.quoteHit1)} | ${pct(r.questionNumberAcc1)} | ${pct(r.mrr10)} | ${pct(r.abstentionPrecision)} | ${pct(r.abstentionRecall)} | ${pct(r.answerableRefused)} | ${r.latencyP50.toFixed(1)} | ${r.latencyP95.toFixed(1)} |`,
  );
  return [header, sep, ...lines].join('\n');
}

export function parseQueries(jsonl: string): GoldQuery[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const q = JSON.parse(l) as GoldQuery;
      if (typeof q.query !== 'string' || typeof q.answerable !== 'boolean') throw new Error(`regel ${i + 1}: query en answerable zijn verplicht`);
      return { ...q, id: q.id ?? `q${i + 1}` };
    });
}
