import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/search/keyword.js';
import { highlightSpans } from '../../src/answer/highlight.js';

const spansOf = (text: string, query: string) => highlightSpans(text, new Set(analyzeQuery(query).terms)).map((s) => text.slice(s.start, s.end));

describe('highlightSpans', () => {
  it('finds the words of the question in any inflection, never stopwords', () => {
    expect(spansOf('Er werden 23 projecten ingediend voor de oproep.', 'Hoeveel projecten werden ingediend?')).toEqual(['projecten ingediend']);
    expect(spansOf('De goedkeuring van het project volgt.', 'Wanneer worden de projecten goedgekeurd?')).toEqual(['project']);
  });

  it('joins neighbours across spaces only, and folds diacritics', () => {
    expect(spansOf('het Agentschap Integratie en Inburgering', 'agentschap integratie inburgering')).toEqual(['Agentschap Integratie', 'Inburgering']);
    expect(spansOf('maatschappelijke oriëntatie', 'orientatie')).toEqual(['oriëntatie']);
  });

  it('offsets index the text itself', () => {
    const text = 'In 2018 kregen 84 sportclubs een subsidie.';
    for (const s of highlightSpans(text, new Set(analyzeQuery('sportclubs subsidie 2018').terms))) expect(text.slice(s.start, s.end)).toMatch(/^[\p{L}\p{N} ]+$/u);
  });
});
