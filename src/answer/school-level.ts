import { foldDiacritics } from '../search/analyze.js';

/**
 * The level of education a question is about scopes a document as a place does: "Hoeveel nieuwkomers stapten over
 * naar het buitengewoon secundair onderwijs?" is not answered by a document that speaks only of the buitengewoon
 * lager onderwijs, however many of its other words it shares. Levels are a closed set, so a document that names
 * some level and never the one asked is about another.
 */
export type SchoolLevel = 'kleuteronderwijs' | 'lager onderwijs' | 'secundair onderwijs' | 'hoger onderwijs' | 'volwassenenonderwijs';

/** Each level with the words that name it, Dutch and English, folded. "Lager" alone is also "lower", so it needs its noun. */
const LEVELS: { level: SchoolLevel; named: RegExp }[] = [
  { level: 'kleuteronderwijs', named: /\bkleuter\p{L}*|\bpre-?school\p{L}*|\bnursery\s+(?:school|schools|class|classes)\b/u },
  { level: 'lager onderwijs', named: /\blagere?\s+(?:onderwijs|school|scholen|onthaalonderwijs)\b|\bbuitengewoon\s+lager\b|\bhet\s+lager(?=\s*(?:[.,;:?!)]|$)|\s+(?:en|of|in|op|van)\b)|\bprimary\s+(?:school|schools|education|pupils)\b/u },
  // "Secundair" too needs its noun ("secundaire effecten" are none), or stands for it after "het" ("in het secundair").
  {
    level: 'secundair onderwijs',
    named: /\bsecundaire?\s+(?:onderwijs|school|scholen|onthaalonderwijs|graad)\b|\bhet\s+(?:buitengewoon\s+|gewoon\s+)?secundair\b|\bmiddelbare?\s+scho\p{L}*|\bsecondary\s+(?:school|schools|education|pupils|students|level|diploma)\b/u,
  },
  // A university or college named as a study's author is no level the document is about.
  { level: 'hoger onderwijs', named: /\bhogere?\s+onderwijs\b|\bhigher\s+education\b/u },
  { level: 'volwassenenonderwijs', named: /\bvolwassenenonderwijs\b|\badult\s+education\b/u },
];
/** "Basisonderwijs" is the kleuter and the lager onderwijs together. */
const BASIC = /\bbasis(?:onderwijs|school|scholen)\b|\belementary\s+(?:school|schools|education)\b/u;
const BASIC_LEVELS: readonly SchoolLevel[] = ['kleuteronderwijs', 'lager onderwijs'];

const fold = (text: string) => foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ');

/** The levels of education a text names. */
export function schoolLevelsIn(text: string): SchoolLevel[] {
  const folded = fold(text);
  const levels = LEVELS.filter(({ named }) => named.test(folded)).map(({ level }) => level);
  return BASIC.test(folded) ? [...new Set([...levels, ...BASIC_LEVELS])] : levels;
}

/**
 * A level the question asks about, where the document names levels but none of those asked; null when it names one
 * of them, or no level at all (it may be about any). `levelsIn` reads the document's levels (a memo in the answer path).
 */
export function otherSchoolLevelOnly(asked: readonly SchoolLevel[], document: string, levelsIn: (text: string) => SchoolLevel[] = schoolLevelsIn): SchoolLevel | null {
  if (asked.length === 0) return null;
  const named = levelsIn(document);
  if (named.length === 0 || asked.some((level) => named.includes(level))) return null;
  return asked[0]!;
}
