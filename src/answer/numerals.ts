/** Dutch cardinal number words, by which a document writes small figures. */
const DUTCH_NUMBER_WORDS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14,
  vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60,
  zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
};

/** Cardinal number words, Dutch and English. */
export const NUMBER_WORDS: Record<string, number> = {
  ...DUTCH_NUMBER_WORDS,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/**
 * A figure's other spellings: a document writes "achttien jaar" where a question asks "under 18", and "three" is
 * "drie" or "3". Years are no such figure.
 */
export function numeralForms(token: string): string[] {
  const digits = /^\d+$/.test(token);
  const value = digits ? Number(token) : Object.hasOwn(NUMBER_WORDS, token) ? NUMBER_WORDS[token]! : undefined;
  if (value === undefined || /^(?:19|20)\d\d$/.test(token)) return [];
  const dutch = Object.keys(DUTCH_NUMBER_WORDS).filter((w) => DUTCH_NUMBER_WORDS[w] === value && w !== token);
  return digits ? dutch : [String(value), ...dutch];
}
