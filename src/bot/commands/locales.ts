/**
 * Discord shows a command's base (Dutch) name and description unless the
 * client's locale has its own; English users have one of two locales, and
 * both get the same text.
 */
export function english(text: string): { 'en-US': string; 'en-GB': string } {
  return { 'en-US': text, 'en-GB': text };
}
