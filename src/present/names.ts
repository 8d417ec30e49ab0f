/** "YASMINE KHERBACHE" → "Yasmine Kherbache"; "LEILA VAN PROEFBERGHE" → "Leila Van Proefberghe". */
export function displayName(name: string | null): string {
  if (!name) return 'onbekend';
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** A minister's title as a sentence-case phrase: "Viceminister-president van de Vlaamse Regering, …". */
export function displayTitle(title: string | null): string {
  if (!title) return '';
  if (title !== title.toUpperCase()) return title;
  const lower = title.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1).replace(/\bvlaamse regering\b/g, 'Vlaamse Regering');
}
