import { foldDiacritics } from '../search/analyze.js';
import { countingSentences } from './counted.js';
import { hasFigure } from './dating.js';

/**
 * What came of taking part: a count asked of those who passed, found work or dropped out ("Hoeveel vrouwen haalden
 * het zwembrevet?", "How many participants found a job?") is not the count of those who took part ("In 2023 volgden
 * 388 vrouwen zo'n reeks"). Each outcome is a small class of verbs and their English equivalents; a passage whose
 * sentences that count the thing asked speak of none of the asked outcome's class counts something else.
 */
const OUTCOMES: { name: string; asked: RegExp; said: RegExp }[] = [
  {
    name: 'geslaagden',
    asked: /\b(?:haalden|haalde|behaalden|behaalde|behaald|gehaald|slaagden|slaagde|geslaagd|rondden\s+\S+\s+af|afgerond|obtained|passed|graduated)\b/,
    said: /\b(?:haal\w*|behaal\w*|gehaald|behaald|slaag\w*|geslaagd|rond\w*\s+(?:\S+\s+){0,6}?af|afgerond\w*|afrond\w*|voltooid\w*|bereikt\w*|bereik\w*|attest\w*|getuigschrift\w*|diploma\w*|certificaat\w*|brevet\w*|niveau\w*)\b/,
  },
  {
    name: 'mensen die werk vonden',
    asked: /\b(?:vonden|vond|gevonden)\s+(?:(?!(?:plaats|te)\b)[^\s,;.?]+\s+){0,8}?(?<!\b(?:hun|het|de|zijn|haar|op|voor|naast|naar|bij|met|van|om|in|tijdens|na)\s)(?:job|jobs|werk|baan|betrekking)\b|\b(?:found|got|secured)\s+(?:a\s+|an\s+)?(?:\S+\s+)?(?:job|jobs|work|employment)\b/,
    said: /\b(?:werk|job\w*|baan|tewerkgesteld\w*|tewerkstelling|aan de slag|aan het werk|aangeworven|contract\w*|werkgever\w*|uitzend\w*)\b/,
  },
  {
    name: 'afhakers',
    asked: /\b(?:haken|haakt|haakten|haakte)\s+(?:\S+\s+){0,3}?af\b|\b(?:afgehaakt|afhaken)\b|\b(?:drop|drops|dropped|dropping)\s+out\b|\b(?:give|gives|gave|given|giving)\s+up\b|\b(?:quit|quits|quitting)\b/,
    said: /\b(?:haak\w*\s+(?:\S+\s+){0,4}?af|afgehaakt|afhak\w*|stop\w*|gestopt|voortijdig|uitval\w*|uitgevallen|vroegtijdig)\b/,
  },
];

const fold = (s: string) => foldDiacritics(s).toLowerCase();

/** The outcome a counting question asks of, or null. */
export function askedOutcome(question: string): string | null {
  const q = fold(question);
  return OUTCOMES.find((o) => o.asked.test(q))?.name ?? null;
}

/**
 * Whether the passage's sentences that count what is asked (`focus`) all speak of another matter than the outcome
 * asked: "volgden 388 vrouwen zo'n reeks" for "haalden het zwembrevet". Null-safe: no counting sentence, no verdict.
 */
export function countsOtherThanOutcome(sentences: readonly { text: string }[], focus: string, outcome: string): boolean {
  const class_ = OUTCOMES.find((o) => o.name === outcome);
  if (!class_) return false;
  const counting = countingSentences(sentences.filter((s) => hasFigure(s.text)), focus);
  return counting.length > 0 && !counting.some((s) => class_.said.test(fold(s.text)));
}
