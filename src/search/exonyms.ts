import { foldDiacritics } from './analyze.js';

/**
 * Places and peoples by their English names (exonyms): Belgium's regions, provinces and larger cities, and the
 * countries most newcomers to Flanders come from, with their adjectives, which find the country too ("Belgian-born" is
 * "in België geboren"). A name is not a word a glossary can paraphrase: "Ukrainian pupils" finds "Oekraïense leerlingen" only this way.
 */
export const PLACE_NAMES: Record<string, string> = {
  belgium: 'belgië', belgian: 'belgische belgisch belgen belgië', wallonia: 'wallonië', walloon: 'waalse waals wallonië', brussels: 'brussel brusselse',
  east: 'oost', west: 'west', brabant: 'brabant', antwerp: 'antwerpen antwerpse', ghent: 'gent gentse', bruges: 'brugge brugse',
  louvain: 'leuven', mechelen: 'mechelen', europe: 'europa', european: 'europese europees europa', netherlands: 'nederland',
  syria: 'syrië', syrian: 'syrische syriërs syrië', syrians: 'syriërs syrië', afghanistan: 'afghanistan', afghan: 'afghaanse afghanen afghanistan', afghans: 'afghanen afghanistan',
  ukraine: 'oekraïne', ukrainian: 'oekraïense oekraïens oekraïners oekraïne', ukrainians: 'oekraïners oekraïne', morocco: 'marokko', moroccan: 'marokkaanse marokkanen marokko',
  turkey: 'turkije', turkish: 'turkse turks turken turkije', eritrea: 'eritrea', eritrean: 'eritrese eritreeërs eritrea', somalia: 'somalië', somali: 'somalische somaliërs somalië',
  iraq: 'irak', iraqi: 'iraakse irakezen irak', iran: 'iran', iranian: 'iraanse iraniërs iran', russia: 'rusland', russian: 'russische russisch russen rusland',
  poland: 'polen', polish: 'poolse pools polen', romania: 'roemenië', romanian: 'roemeense roemeens roemenië', bulgaria: 'bulgarije', bulgarian: 'bulgaarse bulgaars bulgarije',
  congo: 'congo', congolese: 'congolese congolezen congo', guinea: 'guinee', palestine: 'palestina', palestinian: 'palestijnse palestijnen palestina',
  arabic: 'arabisch', french: 'frans franse', english: 'engels engelse', german: 'duits duitse', spanish: 'spaans spaanse',
};

/** The Dutch forms of an English place or people name ("Ukrainian" → oekraïense, oekraïens, …), or none. */
export function placeName(word: string): string[] {
  const forms = PLACE_NAMES[foldDiacritics(word).toLowerCase()];
  return forms ? forms.split(' ') : [];
}

/** Adjectives of peoples ("Turkse", "Oekraïense"): capitalised in Dutch, but they name no organisation or person. */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(
  Object.values(PLACE_NAMES)
    .flatMap((forms) => forms.split(' '))
    .filter((f) => /(?:se|sch|sche|s)$/.test(f) && !/(?:ers|en)$/.test(f))
    .map((f) => foldDiacritics(f).toLowerCase()),
);

/** Every Dutch form of the place or people a Dutch name form belongs to ("oekraïense" → oekraïne, oekraïners, …). */
export function placeNameForms(dutch: string): string[] {
  return placeFormsByForm().get(foldDiacritics(dutch).toLowerCase()) ?? [];
}

/** Every Dutch form of a place or people → all forms of it; built on first use (checks ask per passage). */
let formsByForm: Map<string, string[]> | undefined;
function placeFormsByForm(): Map<string, string[]> {
  if (formsByForm) return formsByForm;
  const byForm = new Map<string, Set<string>>();
  for (const group of Object.values(PLACE_NAMES)) {
    const forms = group.split(' ');
    for (const form of forms) {
      const key = foldDiacritics(form);
      const all = byForm.get(key) ?? new Set<string>();
      forms.forEach((f) => all.add(f));
      byForm.set(key, all);
    }
  }
  formsByForm = new Map([...byForm].map(([k, v]) => [k, [...v]]));
  return formsByForm;
}
