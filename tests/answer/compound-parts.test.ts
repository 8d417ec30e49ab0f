import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a compound of the question of which the passage has one part', () => {
  const DOC = writtenQuestion({
    number: 2201,
    date: '4 maart 2025',
    questioner: 'LIES TEKENAAR',
    ministerTitle: 'VLAAMS MINISTER VAN CULTUUR',
    title: 'Cultuur  -  Taalbuddy’s in de bibliotheek',
    questions: [
      '1. Hoeveel bibliotheken hebben een taalbuddywerking?',
      '2. Hoe lang moet een anderstalige gemiddeld wachten op een taalbuddy?',
    ],
    answers: ['1. Eind 2024 hadden 142 bibliotheken een taalbuddywerking.', '2. Gemiddeld wacht een anderstalige zes weken op een taalbuddy.'],
  });
  const library = useIndexedCorpus((dir) => writeFileSync(join(dir, 'bib.txt'), DOC));

  it('covers half of it: "wachttijden" finds the question item that says "wachten"', async () => {
    const r = await answer('wat vroeg Tekenaar precies over de wachttijden?', {}, { index: library.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]).toMatchObject({ part: 'vraag', item: '2' });
  });
});
