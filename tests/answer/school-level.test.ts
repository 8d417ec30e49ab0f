import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/index.js';
import { otherSchoolLevelOnly, schoolLevelsIn } from '../../src/answer/school-level.js';
import { useIndexedCorpus } from '../helpers/workspace.js';
import { writtenQuestion } from '../helpers/written-question.js';

describe('the level of education a question is about', () => {
  it('is read in Dutch and English, and "lager" only as a level with its noun', () => {
    expect(schoolLevelsIn('Hoeveel nieuwkomers stapten over naar het buitengewoon secundair onderwijs?')).toEqual(['secundair onderwijs']);
    expect(schoolLevelsIn('How many pupils left primary school without a certificate?')).toEqual(['lager onderwijs']);
    expect(schoolLevelsIn('Hoeveel kinderen zaten in het lager?')).toEqual(['lager onderwijs']);
    // A lower language requirement is no level; nor is primary care.
    expect(schoolLevelsIn('Welke gemeenten vragen een lagere taaleis?')).toEqual([]);
    expect(schoolLevelsIn('How many people received primary care?')).toEqual([]);
    // Nor are secondary effects, a lower board, or a university that wrote a study.
    expect(schoolLevelsIn('Welke secundaire effecten had de maatregel?')).toEqual([]);
    expect(schoolLevelsIn('Het lager bestuur keurde het plan goed.')).toEqual([]);
    expect(schoolLevelsIn('De studie van de Universiteit Gent telde 412 deelnemers.')).toEqual([]);
    expect(schoolLevelsIn('Hoeveel leerlingen zitten in het secundair?')).toEqual(['secundair onderwijs']);
    expect(schoolLevelsIn('In het lager secundair onderwijs waren het er 3.100.')).toEqual(['secundair onderwijs']);
    // Basic education is the kleuter and the lager onderwijs together.
    expect(schoolLevelsIn('In het basisonderwijs werden 61.820 kinderen aangemeld.')).toEqual(['kleuteronderwijs', 'lager onderwijs']);
  });

  it('scopes a document that names other levels only, not one that names it or none', () => {
    const special = 'In september 2025 stapten 4.962 leerlingen over naar het buitengewoon lager onderwijs.';
    expect(otherSchoolLevelOnly(['secundair onderwijs'], special)).toBe('secundair onderwijs');
    expect(otherSchoolLevelOnly(['lager onderwijs'], 'In het basisonderwijs werden 61.820 kinderen aangemeld.')).toBeNull();
    expect(otherSchoolLevelOnly(['secundair onderwijs'], `${special} In het secundair onderwijs waren het er 3.100.`)).toBeNull();
    expect(otherSchoolLevelOnly(['secundair onderwijs'], 'In 2025 volgden 4.962 leerlingen een taalbad.')).toBeNull();
  });

  const schools = useIndexedCorpus((dir) => {
    writeFileSync(
      join(dir, '5101.txt'),
      writtenQuestion({
        number: 5101,
        date: '2 juni 2026',
        title: 'Onderwijs  -  Nieuwkomers in het buitengewoon lager onderwijs',
        questions: ['1. Hoeveel anderstalige nieuwkomers stapten in 2025 over naar het buitengewoon lager onderwijs?'],
        answers: ['1. In 2025 stapten 1.138 anderstalige nieuwkomers over naar het buitengewoon lager onderwijs.'],
      }),
    );
    writeFileSync(
      join(dir, '5102.txt'),
      writtenQuestion({
        number: 5102,
        date: '9 juni 2026',
        title: 'Werk  -  Opleidingen voor anderstalige werkzoekenden',
        questions: ['1. Hoeveel anderstalige werkzoekenden startten in 2025 een opleiding?'],
        answers: ['1. In 2025 stapten 6.284 anderstalige nieuwkomers over naar een opleiding buiten het onderwijs, bij een werkgever.'],
      }),
    );
  });

  it('refuses a question about another level, without showing a merely related passage instead', async () => {
    const r = await answer('Hoeveel anderstalige nieuwkomers stapten in 2025 over naar het buitengewoon secundair onderwijs?', {}, { index: schools.index, embedder: null });
    expect(r.status).toBe('no-answer');
    expect(r.passages).toEqual([]);
    const asked = await answer('Hoeveel anderstalige nieuwkomers stapten in 2025 over naar het buitengewoon lager onderwijs?', {}, { index: schools.index, embedder: null });
    expect(asked.passages[0]?.quote.text).toContain('1.138');
  });
});
