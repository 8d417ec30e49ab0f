import { isDutchWord, isLexiconLoaded } from '../corpus/lexicon.js';

/**
 * English and Dutch share their Latinate vocabulary, spelled by regular
 * correspondences: "federation" is "federatie", "diversity" "diversiteit",
 * "racism" "racisme", "ambassador" "ambassadeur", "cultural" "cultureel",
 * "administrative" "administratief", "registered" "geregistreerd". Each rule
 * rewrites an English ending; a candidate counts only when the Dutch lexicon
 * knows it, so the rules hold for words no one listed.
 */
const ENDINGS: [RegExp, string][] = [
  [/tions$/, 'ties'], [/tion$/, 'tie'], [/sions$/, 'sies'], [/sion$/, 'sie'],
  [/ities$/, 'iteiten'], [/ity$/, 'iteit'],
  [/isms$/, 'ismen'], [/ism$/, 'isme'],
  [/ators$/, 'atoren'], [/ator$/, 'ator'], [/ors$/, 'eurs'], [/or$/, 'eur'],
  [/ives$/, 'ieven'], [/ive$/, 'ief'],
  [/ural$/, 'ureel'], [/ual$/, 'ueel'], [/ial$/, 'iaal'], [/ial$/, 'ieel'], [/al$/, 'aal'],
  [/ical$/, 'isch'], [/ical$/, 'iek'], [/ic$/, 'isch'], [/ic$/, 'iek'],
  [/ures$/, 'uren'], [/ure$/, 'uur'],
  [/ogy$/, 'ogie'], [/egy$/, 'egie'], [/ory$/, 'orie'], [/omy$/, 'omie'],
  [/ances$/, 'anties'], [/ance$/, 'antie'], [/ences$/, 'enties'], [/ence$/, 'entie'],
  [/ary$/, 'air'],
  // Latin -itia: "justice" → justitie, "police" → politie.
  [/ices$/, 'ities'], [/ice$/, 'itie'],
  // Greek and Latin nouns in -y: "therapy" → therapie, "geography" → geografie, "industry" → industrie, "democracy" → democratie.
  [/pies$/, 'pieën'], [/py$/, 'pie'], [/phies$/, 'fieën'], [/phy$/, 'fie'], [/tries$/, 'trieën'], [/try$/, 'trie'],
  [/acies$/, 'atieën'], [/acy$/, 'atie'], [/ergy$/, 'ergie'],
  // French endings: "unique" → uniek, "technique" → techniek.
  [/iques$/, 'ieken'], [/ique$/, 'iek'],
  // The action noun of a Latinate verb: "sorting" → sortering (sorteren), "financing" → financiering (financieren).
  [/ing$/, 'ering'], [/ing$/, 'iering'],
];

/** English past participles of Latinate verbs: "registered" → "geregistreerd", "organised" → "georganiseerd". */
const PARTICIPLE_STEMS: [RegExp, string][] = [
  [/ated$/, ''], [/[iy]sed$/, 'is'], [/ized$/, 'is'], [/ified$/, 'ific'], [/ered$/, 'r'], [/ined$/, 'in'], [/ced$/, 'c'], [/ed$/, ''],
];

/**
 * Words that look alike and mean something else ("actual" is no "actueel",
 * "eventual" no "eventueel", "funding" no "fundering", "notice" no "notitie"): the well-known false friends of the two languages.
 */
const FALSE_FRIENDS = new Set(['actual', 'eventual', 'genial', 'sympathetic', 'funding', 'notice', 'notices']);

const MIN_LENGTH = 6;

/** The inflected forms of a Dutch adjective with a Latinate ending: "financieel" → "financiële", "sociaal" → "sociale". */
function inflected(adjective: string): string[] {
  if (/ieel$/.test(adjective)) return [adjective.replace(/ieel$/, 'iële')];
  if (/eel$/.test(adjective)) return [adjective.replace(/eel$/, 'ele')];
  if (/aal$/.test(adjective)) return [adjective.replace(/aal$/, 'ale')];
  if (/ief$/.test(adjective)) return [adjective.replace(/ief$/, 'ieve')];
  if (/isch$/.test(adjective)) return [`${adjective}e`];
  if (/iek$/.test(adjective)) return [`${adjective}e`];
  return [];
}

/** Dutch cognates of an English word that the lexicon knows (empty when none). */
export function dutchCognates(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH || FALSE_FRIENDS.has(w) || !isLexiconLoaded() || !/^[a-z]+$/.test(w)) return [];
  const candidates = new Set<string>();
  for (const [ending, dutch] of ENDINGS) if (ending.test(w)) candidates.add(w.replace(ending, dutch));
  for (const [ending, dutch] of PARTICIPLE_STEMS) {
    if (!ending.test(w)) continue;
    const stem = w.replace(ending, dutch);
    // Dutch marks the vowel clash after "ge-": "geëvalueerd", "geïntegreerd".
    const prefix = /^[ei]/.test(stem) ? `ge${stem[0] === 'e' ? 'ë' : 'ï'}${stem.slice(1)}` : `ge${stem}`;
    candidates.add(`${prefix}eerd`);
    break;
  }
  // Dutch writes a hard c as k: "practical" → "praktisch", "electric" → "elektrisch".
  for (const c of [...candidates]) candidates.add(c.replace(/c(?![eiyh])/g, 'k'));
  // An adjective is mostly written inflected, which the stemmer does not always bring back ("financiële" is
  // not stemmed as "financieel"): the inflected form is a cognate too.
  for (const c of [...candidates]) for (const form of inflected(c)) candidates.add(form);
  candidates.delete(w);
  return [...candidates].filter((c) => isDutchWord(c));
}
