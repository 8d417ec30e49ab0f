/** "2018-05-23" → "23-05-2018", the way Flemish readers write dates. */
export function formatDateNl(iso: string | null): string {
  if (!iso) return 'onbekend';
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
