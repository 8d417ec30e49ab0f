import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { asksCountWanted } from '../../src/answer/tense.js';
import { useIndexedFixtures } from '../helpers/workspace.js';

describe('a count asked as a target', () => {
  it('is what someone wants, aims at or plans to reach, not what was reached', () => {
    for (const q of [
      'What is the target for the number of employees taking training leave each year?',
      'How many workers a year does the minister want to see taking training leave?',
      'Hoeveel zij-instromers per jaar wilde de minister met het project bereiken?',
      'Wat is de doelstelling voor het aantal deelnemers in 2027?',
    ]) expect(asksCountWanted(q)).toBe(true);
    for (const q of [
      'How many employees took training leave in 2025?',
      'Hoeveel zij-instromers startten in 2025?',
      'Wat wil de minister doen aan de wachtlijsten?',
      // A target group, plans as things counted, wanting in a relative clause or said of the asker: no target asked.
      'How many newcomers were working as target-group employees in 2025?',
      'How many municipalities submitted plans for climate adaptation in 2024?',
      'Hoeveel jongeren die hun diploma wilden halen, slaagden?',
      'Ik wil graag weten hoeveel jongeren in 2024 bereikt werden.',
    ])
      expect(asksCountWanted(q)).toBe(false);
  });

  const leave = useIndexedFixtures('eval/dev46/corpus/dev46-46002.txt');
  it('is answered by the item that gives its count as a target before a sibling that counts what was reached', async () => {
    // Item 1 counts the workers who took training leave in 2024-2025; item "4 en 5" ends with the minister's aim.
    const r = await answer('What is the target for the number of employees taking training leave for Dutch each year?', {}, { index: leave.index, embedder: null });
    expect(r.passages[0]).toMatchObject({ questionNumber: 46002, item: '4 en 5' });
    expect(r.passages[0]!.quote.text).toContain('wil ik dat jaarlijks 5.000 werknemers');
  });
});
