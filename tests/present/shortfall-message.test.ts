import { describe, expect, it } from 'vitest';
import type { LocatedShortfall } from '../../src/answer/index.js';
import { noAnswerMessage, verdictText } from '../../src/present/answer.js';

const message = (shortfall: LocatedShortfall) => noAnswerMessage({ kind: 'no-passage', shortfall, sentence: null });

describe('why the closest passage does not answer, in Dutch', () => {
  it('names the figure, the n-th one, or the figure with its unit that the passage lacks', () => {
    expect(message({ kind: 'figure', value: '500', questionNumber: 1009 })).toBe('Ik vond geen passage die deze vraag beantwoordt. Het antwoord dat het best overeenkomt (vraag nr. 1009) noemt het getal 500 niet.');
    expect(message({ kind: 'figure', value: '3e', questionNumber: 1013 })).toContain('spreekt niet over de derde.');
    expect(message({ kind: 'quantity', value: '12', unit: 'maand', questionNumber: 1018 })).toContain('(vraag nr. 1018) spreekt niet over 12 maanden.');
    expect(message({ kind: 'quantity', value: '1', unit: 'maand', questionNumber: 1018 })).toContain('spreekt niet over 1 maand.');
    expect(message({ kind: 'quantity', value: '12', unit: 'uur', questionNumber: 1018 })).toContain('spreekt niet over 12 uur.');
    expect(message({ kind: 'place-figures', place: 'Gent', questionNumber: 1001 })).toContain('De cijfers in het antwoord dat het best overeenkomt (vraag nr. 1001) gaan niet over Gent.');
    expect(message({ kind: 'place-figures', place: 'Gent', shared: true, questionNumber: 1001 })).toContain('gelden voor Gent en andere samen, niet voor Gent alleen.');
    expect(message({ kind: 'place-figures', place: 'Antwerpen', counted: 'deelnemers', subgroup: true, questionNumber: 31002 })).toContain(
      'gelden voor Antwerpen voor alle deelnemers, niet voor de groep waar je naar vraagt.',
    );
    expect(message({ kind: 'since-figures', year: '2024', questionNumber: 10001 })).toContain('De cijfers in het antwoord dat het best overeenkomt (vraag nr. 10001) gelden sinds 2024, niet ervoor.');
    expect(message({ kind: 'until-figures', year: '2027', questionNumber: 10001 })).toContain('De cijfers in het antwoord dat het best overeenkomt (vraag nr. 10001) lopen tot 2027, niet erna.');
    expect(message({ kind: 'ordinal-figures', ordinal: 2, wanted: 'outcome', questionNumber: 1013 })).toContain('noemt de tweede, maar geeft er geen resultaten voor.');
  });

  it('names the rate the passage gives no figure as', () => {
    expect(message({ kind: 'rate', words: 'per maand', questionNumber: 2001 })).toContain('(vraag nr. 2001) geeft geen cijfer per maand.');
    expect(message({ kind: 'rate', words: 'gemiddeld', questionNumber: 2001 })).toContain('(vraag nr. 2001) geeft geen gemiddelde.');
  });

  it('says when the closest passage reports the opposite outcome', () => {
    expect(message({ kind: 'opposite', found: 'goedgekeurd', questionNumber: 1005 })).toContain('(vraag nr. 1005) spreekt over "goedgekeurd": het omgekeerde van wat je vraagt.');
  });

  it('quotes the list that names what was counted without a figure for it', () => {
    const listed = { kind: 'listed' as const, word: 'schuld', sentence: { start: 0, end: 10 }, questionNumber: 4004 };
    expect(noAnswerMessage({ kind: 'no-passage', shortfall: listed, sentence: '- schulden en facturen;' })).toContain(
      'Het antwoord op vraag nr. 4004 geeft geen aantal voor wat je vraagt; het noemt het alleen in een opsomming: "- schulden en facturen;"',
    );
    expect(message(listed)).toContain('het noemt het alleen in een opsomming.');
  });

  it('says when the closest passage shares only names or years with the question', () => {
    expect(message({ kind: 'off-topic', questionNumber: 1001 })).toContain('(vraag nr. 1001) deelt alleen namen of jaartallen met je vraag, niet het onderwerp.');
  });
});

describe('verdicts in words', () => {
  it('name what is counted when the passage counts something else', () => {
    expect(verdictText({ kind: 'partial', missing: 'count', counted: 'plukkers' })).toBe('gedeeltelijk — het antwoord noemt geen aantal plukkers');
    expect(verdictText({ kind: 'partial', missing: 'count' })).toBe('gedeeltelijk — het antwoord noemt geen aantal');
  });

  it('say when the decision is still to be taken', () => {
    expect(verdictText({ kind: 'partial', missing: 'decision' })).toBe('gedeeltelijk — de beslissing is nog niet genomen');
  });
});
