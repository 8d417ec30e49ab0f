/**
 * Belgium's provinces whose English name is two words ("West Flanders"): the
 * glossary maps words one by one, and "West" and "Flanders" apart name no
 * province. Read in a question of either language: a keyword query ("starters
 * West Flanders 2023") may not look English.
 */
const TWO_WORD_PROVINCES: [RegExp, string][] = [
  [/\bwest[- ]flanders\b/gi, 'West-Vlaanderen'],
  [/\beast[- ]flanders\b/gi, 'Oost-Vlaanderen'],
  [/\bflemish[- ]brabant\b/gi, 'Vlaams-Brabant'],
  [/\bwalloon[- ]brabant\b/gi, 'Waals-Brabant'],
];

/** Their Dutch adjectives are not the name plus an ending, as "Limburgse" is: "een West-Vlaams pleeggezin" is in West-Vlaanderen. */
const PROVINCE_ADJECTIVES: [RegExp, string][] = [
  [/^west-vlaamse?$/, 'west-vlaanderen'],
  [/^oost-vlaamse?$/, 'oost-vlaanderen'],
  [/^vlaams-brabantse?$/, 'vlaams-brabant'],
  [/^waals-brabantse?$/, 'waals-brabant'],
];

/** The province (folded) a folded adjective is of: "west-vlaamse" → "west-vlaanderen"; null for any other word. */
export function provinceOfAdjective(folded: string): string | null {
  return PROVINCE_ADJECTIVES.find(([adjective]) => adjective.test(folded))?.[1] ?? null;
}

/** The text with the English two-word province names in Dutch, in a question of either language. */
export function dutchProvinceNames(text: string): string {
  return TWO_WORD_PROVINCES.reduce((out, [english, dutch]) => out.replace(english, dutch), text);
}

/** The provinces of two English words a text names in Dutch ("West-Vlaanderen"): places, whatever the text's language. */
export function twoWordProvinces(text: string): string[] {
  return TWO_WORD_PROVINCES.map(([, dutch]) => dutch).filter((dutch) => text.includes(dutch));
}
