import type { CoreConfig } from '../config.js';

/** What `npm run sync` (and the bot's scheduled sync) reads, does and reports. */

export type SyncConfig = Pick<
  CoreConfig,
  | 'CORPUS_DIR'
  | 'MAX_FILE_BYTES'
  | 'VP_API_URL'
  | 'DOSSIER_QUERY'
  | 'SYNC_CONCURRENCY'
  | 'SYNC_PAUSE_MS'
  | 'SYNC_TIMEOUT_MS'
  | 'SYNC_RETRIES'
  | 'SYNC_RETRY_BASE_MS'
  | 'SYNC_MAX_RETRY_WAIT_MS'
  | 'SYNC_PAGE_SIZE'
  | 'SYNC_USER_AGENT'
>;

export interface SyncProgress {
  phase: 'search' | 'fetch';
  done: number;
  /** 0 while unknown. */
  total: number;
}

export interface SyncOptions {
  /** ISO dates, inclusive, on the date the question was asked (else published). */
  from?: string;
  to?: string;
  /** List what would change; download and write nothing. */
  dryRun?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: SyncProgress) => void;
  onRetry?: (e: { url: string; attempt: number; waitMs: number; reason: string }) => void;
  now?: () => Date;
}

/** Why a result was not stored. */
export type SkipReason =
  | 'not-written-question'
  | 'off-topic'
  | 'not-a-question'
  | 'no-document'
  | 'unsupported-format'
  // Failures: tried again on the next run; they make the sync partial.
  | 'http'
  | 'timeout'
  | 'network'
  | 'too-large'
  | 'not-pdf'
  | 'pdf-without-text'
  | 'empty';

export type Change = 'nieuw' | 'beantwoord' | 'document gewijzigd' | 'metadata' | 'hersteld';

export interface SyncEntry {
  id: string;
  number: number | null;
  sessionYear: string | null;
  title: string | null;
  /** Relative to CORPUS_DIR (null when not stored). */
  file: string | null;
  change?: Change;
}

export interface SyncSkip extends SyncEntry {
  reason: SkipReason;
  detail: string;
  /** A failure: the sync is partial and the next run tries again. */
  failed: boolean;
}

export interface SyncReport {
  terms: string[];
  /** Distinct written questions the search returned (before the period filter). */
  found: number;
  outsidePeriod: number;
  added: SyncEntry[];
  updated: SyncEntry[];
  unchanged: SyncEntry[];
  skipped: SyncSkip[];
  dryRun: boolean;
  partial: boolean;
  requests: number;
  seconds: number;
}

/** The sync could not run at all (wrong reply, search unreachable): nothing was written. */
export class SyncFatalError extends Error {}

export class SyncAbortedError extends Error {
  constructor() {
    super('synchronisatie afgebroken');
  }
}
