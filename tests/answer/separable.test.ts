import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { separatedVerbTerms } from '../../src/answer/separable.js';
import { loadLexicon } from '../../src/corpus/lexicon.js';

// The infinitive joined is looked up in the lexicon.
beforeAll(() => loadLexicon());
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('a separable verb split in its clause', () => {
  it.each([
    ['Het agentschap keurde er 1.204 goed, of 61 procent.', 'goedkeur'],
    ['Na de zomer stroomden 812 leerlingen door.', 'doorstrom'],
    ['De gemeenten vulden de formulieren pas in mei in.', 'invull'],
  ])('%s → %s', (sentence, stem) => expect(separatedVerbTerms(sentence)).toContain(stem));

  it('is read only from a past or singular finite form, and not across a figure\'s full stop', () => {
    // A plural in "-en" is as often a noun: "scholen" is no verb split from "op".
    expect(separatedVerbTerms('De scholen rekenen daar niet op.')).not.toContain('opschol');
    expect(separatedVerbTerms('De gemeente keurde er 16.205 goed.')).toContain('goedkeur');
  });
});

const PERMITS = writtenQuestion({
  number: 4601,
  title: 'Arbeidsmigratie  -  Aanvragen voor een arbeidskaart',
  questions: ['1. Hoeveel aanvragen voor een arbeidskaart werden in 2024 behandeld, en met welk resultaat?'],
  answers: [
    '1. In 2024 behandelde het departement 9.310 aanvragen voor een arbeidskaart. Het keurde er 7.820 goed, of 84 procent. Hoeveel van de goedgekeurde aanvragen tot een aanwerving leidden, weet ik niet.',
  ],
});

describe('a gap beside a split verb that answers', () => {
  const corpus = useIndexedCorpus((dir) => writeFileSync(join(dir, '4601.txt'), PERMITS));
  it('does not decline the share asked: the gap speaks of approved applications, the sentence before approves them', async () => {
    const r = await answer('Welk percentage van de aanvragen voor een arbeidskaart werd in 2024 goedgekeurd?', {}, { index: corpus.index, embedder: null });
    expect(r.status).toBe('answered');
    expect(r.passages[0]!.quote.text).toContain('Het keurde er 7.820 goed, of 84 procent.');
  });
});
