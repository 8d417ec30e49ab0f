import { foldDiacritics } from '../search/analyze.js';
import { focusPresent } from './counted.js';

/**
 * A training names the occupation it leads to: "opgeleid tot portier", "de opleiding tot trambestuurder". A document
 * whose trainings all lead elsewhere ("een opleiding tot bewakingsagent") and that never names the occupation asked
 * counts other trainees: its figures answer no question about that one.
 */

/** "(de) opleiding tot X", "opgeleid tot X", "cursus tot X": the occupation a training leads to. */
const LEADS_TO = /\b(?:opleiding(?:en)?|opgeleid|opleidt|opleiden|cursus|traject)\s+tot\s+(?:een\s+)?([a-z][a-z-]{3,})/g;

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** The occupation a Dutch question names as the end of a training, or null. */
export function trainedAs(question: string): string | null {
  const m = [...fold(question).matchAll(LEADS_TO)][0];
  return m ? m[1]! : null;
}

/**
 * Whether the document's trainings all lead to other occupations than `occupation`, which it names nowhere, not even
 * as a compound's part or through a word of the same head ("security-agent" is a bewakingsagent's kind).
 */
export function trainsForOthersOnly(documentText: string, occupation: string): boolean {
  const others = [...fold(documentText).matchAll(LEADS_TO)].map((m) => m[1]!);
  return others.length > 0 && !focusPresent(occupation, [documentText]);
}
