/**
 * Discord shows a command's base (Dutch) name and description unless the
 * client's locale has its own; English users have one of two locales, and
 * both get the same text.
 */
export function english(text: string): { 'en-US': string; 'en-GB': string } {
  return { 'en-US': text, 'en-GB': text };
}

/** What commands and their options share: a name and a description, each localisable. */
interface Nameable {
  setName(name: string): this;
  setNameLocalizations(localizations: ReturnType<typeof english>): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(localizations: ReturnType<typeof english>): this;
}

/** A command's or option's name and description, in Dutch (the base) and English. */
export function named<T extends Nameable>(target: T, name: string, englishName: string, description: string, englishDescription: string): T {
  return target.setName(name).setNameLocalizations(english(englishName)).setDescription(description).setDescriptionLocalizations(english(englishDescription));
}
