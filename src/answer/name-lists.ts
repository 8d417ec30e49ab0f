import { NAME_LIST, mentions } from './named.js';
import { wordsOf } from './passage-analysis.js';

/**
 * Whether the question names every name of a list the sentence gives the name in: "Hoeveel leerlingen spraken thuis
 * Pools, Roemeens of Bulgaars?" against "1.870 leerlingen spraken thuis Pools, Roemeens of Bulgaars" asks the figure
 * of the list as a whole, which the sentence gives; it does not ask one name's share of it. `asked` tells a member
 * the question names.
 */
export function listNamedWhole(sentence: string, name: string, asked: (member: string) => boolean): boolean {
  const members = (list: string) => list.split(/\s*,\s*|\s+(?:en|and|of|or)\s+/u).map((m) => m.replace(/^(?:het|de|the)\s+/u, ''));
  return [...sentence.matchAll(NAME_LIST)].some((l) => mentions(wordsOf(l[0]), name) && members(l[0]).every(asked));
}
