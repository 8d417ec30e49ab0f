import { describe, expect, it } from 'vitest';
import { classifyLineEndHyphen } from '../../src/corpus/hyphen.js';
import { isDutchWord, loadLexicon } from '../../src/corpus/lexicon.js';
import { normalizeText, normalizeWithSourceMap } from '../../src/corpus/normalize.js';

await loadLexicon();

const FOOTER = 'Vlaams Parlement – Leuvenseweg 86 – 1000 Brussel';
/** Prose lines, enough of them that a document can have a few pages. */
const prose = (n: number) => Array.from({ length: n }, () => 'dit is een regel van een lange alinea die doorloopt over de pagina en');

describe('the lexicon', () => {
  it('knows simple, inflected and compound Dutch words, and not fragments', () => {
    for (const w of ['inburgering', 'Inburgering', 'INBURGERING', 'economische', 'integratiepact', 'testronde', 'prijs']) expect(isDutchWord(w), w).toBe(true);
    for (const w of ['inbur', 'taalen', 'discrimi', 'sociaalx']) expect(isDutchWord(w), w).toBe(false);
  });
});

describe('a hyphen at a line end', () => {
  it('joins a word the layout broke: the joined form is a word', () => {
    expect(normalizeText('Het beleid rond inbur-\ngering werd herzien.')).toBe('Het beleid rond inburgering werd herzien.');
    expect(normalizeText('Voorlo-\npige cijfers en een tweede test-\nronde.')).toBe('Voorlopige cijfers en een tweede testronde.');
  });

  it('joins when a fragment is not a word, even if the lexicon lacks the whole (names)', () => {
    expect(classifyLineEndHyphen('in Kaster-', 'veldhoven')).toBe('split');
  });

  it('keeps the hyphen of a hyphenated compound, without a space', () => {
    expect(normalizeText('De sociaal-\neconomische positie.')).toBe('De sociaal-economische positie.');
    expect(normalizeText('De tweede AMIF-\noproep liep af.')).toBe('De tweede AMIF-oproep liep af.');
    expect(normalizeText('De kandidaat-\nhuurder en de niet-\nBelgen.')).toBe('De kandidaat-huurder en de niet-Belgen.');
    expect(normalizeText('In de schooljaren 2014-\n2015 en 2015-2016.')).toBe('In de schooljaren 2014-2015 en 2015-2016.');
    expect(normalizeText('VICEMINISTER-\nPRESIDENT VAN DE VLAAMSE REGERING')).toBe('VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING');
  });

  it('keeps the hyphen after a name with a capital inside it, which Dutch joins with a hyphen', () => {
    // Hunspell accepts "WhatsAppgroepen" and "iPhonegebruiker", but the name keeps its own form.
    expect(normalizeText('in besloten WhatsApp-\ngroepen?')).toBe('in besloten WhatsApp-groepen?');
    expect(classifyLineEndHyphen('elke iPhone-', 'gebruiker')).toBe('compound');
  });

  it('keeps the hyphen when neither form is a word but both parts are', () => {
    expect(classifyLineEndHyphen('het kmo-', 'sector')).toBe('compound');
  });

  it('keeps the hyphen after a fragment without a vowel: no syllable, so an abbreviation', () => {
    expect(normalizeText('een te lage Hb-\nwaarde en een recente tatoeage')).toBe('een te lage Hb-waarde en een recente tatoeage');
    expect(classifyLineEndHyphen('de nieuwe cd-', 'speler')).toBe('compound');
    // A syllable of a word broken by the layout has its vowel.
    expect(classifyLineEndHyphen('een tweede test-', 'ronde')).toBe('split');
  });

  it('when the lexicon knows neither form, spells it as the document does elsewhere within a line', () => {
    const broken = 'In 2023 legden de kleuter-\nbrugfiguren 2.845 huisbezoeken af.';
    expect(normalizeText(broken)).toBe('In 2023 legden de kleuter-brugfiguren 2.845 huisbezoeken af.');
    expect(normalizeText(`De kleuterbrugfiguren gaan op huisbezoek.\n${broken}`)).toContain('legden de kleuterbrugfiguren 2.845');
    expect(normalizeText(`De kmo-sector groeit.\nHet kmo-\nsector beleid.`)).toContain('Het kmo-sector beleid');
    expect(normalizeText(`De kmosector groeit.\nHet kmo-\nsector beleid.`)).toContain('Het kmosector beleid');
    // The lexicon still decides first: a word it knows is joined, whatever else the document writes.
    expect(normalizeText('Het inburgerings-beleid.\nDe inbur-\ngering.')).toContain('De inburgering.');
  });

  it('where the lexicon takes both spellings, spells it as the document does elsewhere, else as Dutch spelling does', () => {
    // Hunspell accepts two words joined by a hyphen: "kunsten-huizen" is as Dutch to it as "kunstenhuizen".
    const broken = 'Een bevraging van de deelnemende kunsten-\nhuizen loopt nog.';
    expect(normalizeText(`Eind 2024 boden 36 kunstenhuizen een residentie aan.\n${broken}`)).toContain('de deelnemende kunstenhuizen loopt');
    expect(normalizeText(`Eind 2024 boden 36 kunsten-huizen een residentie aan.\n${broken}`)).toContain('de deelnemende kunsten-huizen loopt');
    expect(normalizeText(`De sociaal-economische positie.\nDe sociaal-\neconomische cijfers.`)).toContain('De sociaal-economische cijfers');
    // Spelled nowhere else: a noun compound is written solid, so the hyphen was the typesetter's.
    expect(normalizeText(broken)).toBe('Een bevraging van de deelnemende kunstenhuizen loopt nog.');
    expect(normalizeText('De kosten voor de ongedierte-\nbestrijding stijgen.')).toContain('de ongediertebestrijding stijgen');
    // Coordinated adjectives, parts whose vowels would run together and a single letter keep it.
    expect(normalizeText('De sociaal-\neconomische positie.')).toContain('De sociaal-economische positie');
    expect(normalizeText('Een ziekte-\nuitkering.')).toContain('Een ziekte-uitkering');
    expect(normalizeText('Per e-\nmail.')).toContain('Per e-mail');
  });

  it('keeps hyphen and space before a conjunction: an elided compound part', () => {
    expect(normalizeText('Het taal-\nen inburgeringsbeleid.')).toBe('Het taal- en inburgeringsbeleid.');
    expect(normalizeText('De ESF-\nen AMIF-projecten, de 3-\ntot 12-jarigen.')).toBe('De ESF- en AMIF-projecten, de 3- tot 12-jarigen.');
    expect(normalizeText('Onderwijs-\nof welzijnsbeleid.')).toBe('Onderwijs- of welzijnsbeleid.');
  });

  it('keeps the elision when the part and the conjunction also spell a word: "sport-⏎en jeugdactiviteiten" is not "sporten"', () => {
    expect(normalizeText('bij veel sport-\nen jeugdactiviteiten.')).toBe('bij veel sport- en jeugdactiviteiten.');
    expect(normalizeText('het evenwicht tussen werk-\nen gezinsleven.')).toBe('het evenwicht tussen werk- en gezinsleven.');
    // A word the layout broke before "en" stays one word when nothing after it shares its head.
    expect(normalizeText('Jongeren die graag sport-\nen, vinden een club.')).toBe('Jongeren die graag sporten, vinden een club.');
    expect(normalizeText('Zij gaan sport-\nen ook zwemmen.')).toBe('Zij gaan sporten ook zwemmen.');
  });

  it('leaves a dash after a space alone, and joins at a soft hyphen', () => {
    expect(normalizeText('Integratiepact -\nStand van zaken')).toBe('Integratiepact - Stand van zaken');
    expect(normalizeText('de inbur\u00AD\ngering en inbur\u00ADgering')).toBe('de inburgering en inburgering');
    expect(normalizeText('de inbur\u2010\ngering en AMIF\u2010\noproep')).toBe('de inburgering en AMIF\u2010oproep');
  });

  it('joins over a page break', () => {
    const raw = [...prose(12), 'de inbur-', '', FOOTER, '', '2', '', 'gering en het taal-', '\f3', 'en inburgeringsbeleid.'].join('\n');
    expect(normalizeText(raw)).toMatch(/ de inburgering en het taal- en inburgeringsbeleid\.$/);
  });
});

describe('page numbers and table cells', () => {
  it('removes a number next to a page break or a footer', () => {
    expect(normalizeText([...prose(3), 'einde.', '2', '\fVolgende pagina.'].join('\n'))).not.toMatch(/\b2\b/);
    expect(normalizeText([...prose(3), 'einde.', '', FOOTER, '', '7', '', 'Volgende pagina.'].join('\n'))).not.toMatch(/\b7\b/);
    expect(normalizeText(['Eerste zin.\f4', 'Tweede zin.'].join('\n'))).toBe('Eerste zin.\nTweede zin.');
  });

  it('removes numbers that form a sequence of pages, and one that interrupts a sentence', () => {
    const raw = [...prose(8), 'einde.', '', '2', '', ...prose(8), 'einde.', '', '3', '', 'Slot.'].join('\n');
    expect(normalizeText(raw)).not.toMatch(/\n[23]\b|\b[23]\n/);
    const mid = [...prose(15), 'wanneer de', '', '2', '', 'deelnemer werkt.'].join('\n');
    expect(normalizeText(mid)).toMatch(/wanneer de deelnemer werkt\.$/);
  });

  it('removes the minister\'s name and title a PDF repeats at the top of the next page, and the sentence goes on', () => {
    const header = ['JAN VOORBEELD', 'VLAAMS MINISTER VAN WERK EN ECONOMIE'];
    const raw = [...header, '', ...prose(12), 'in het eerste jaar', '', '2', '', ...header, '', 'startten 126 kandidaten.', '', ...header].join('\n');
    const text = normalizeText(raw);
    expect(text).toMatch(/in het eerste jaar startten 126 kandidaten\./);
    // The first page's header stays, and so does a block in capitals that stands by itself.
    expect(text.startsWith('JAN VOORBEELD')).toBe(true);
    expect(text.match(/JAN VOORBEELD/g)).toHaveLength(2);
  });

  it('keeps a table of bare numbers, also at a page break', () => {
    const table = ['Aantal dossiers per jaar:', '2016', '2017', '12', '15'];
    expect(normalizeText([...prose(3), 'einde.', '', ...table, '', 'Dat is meer.'].join('\n'))).toContain('Aantal dossiers per jaar: 2016 2017 12 15');
    const atBreak = normalizeText([...prose(3), 'einde.', '', ...table, '', FOOTER, '', '3', '\f', 'Dat is meer.'].join('\n'));
    expect(atBreak).toContain('Aantal dossiers per jaar: 2016 2017 12 15');
    expect(atBreak).not.toMatch(/\b3\b/);
    expect(normalizeText(['Het aantal bedroeg:', '', '48', '', 'Dat is meer.'].join('\n'))).toContain('48');
  });

  it('keeps a number that a line of text introduces or that has no page next to it', () => {
    expect(normalizeText(['Eerste zin met meer woorden dan vier.', '', '640', '', 'Tweede zin met meer woorden.'].join('\n'))).toContain('640');
    expect(normalizeText('goed voor in totaal\n640\nuitzendingen.')).toBe('goed voor in totaal 640 uitzendingen.');
  });
});

describe('the source map', () => {
  it('maps every normalised span back to its raw span', () => {
    const raw = '\uFEFFHet  beleid rond inbur-\r\ngering en het taal-\nen inburgeringsbeleid.\n\n' + FOOTER + '\n\n2\n\nVolgende.';
    const n = normalizeWithSourceMap(raw);
    expect(n.text).toBe('Het beleid rond inburgering en het taal- en inburgeringsbeleid.\nVolgende.');
    const at = (word: string) => {
      const start = n.text.indexOf(word);
      const span = n.toSourceSpan(start, start + word.length);
      return raw.slice(span.start, span.end);
    };
    expect(at('inburgering')).toBe('inbur-\r\ngering');
    expect(at('taal- en')).toBe('taal-\nen');
    expect(at('Het beleid')).toBe('Het  beleid');
    expect(at('Volgende.')).toBe('Volgende.');
    expect(n.toSource(0)).toBe(1);
    expect(n.toSource(n.text.length)).toBe(raw.length);
  });

  it('maps composed characters to their decomposed source', () => {
    const raw = 'gee\u0308valueerd en coo\u0308rdinatie';
    const n = normalizeWithSourceMap(raw);
    expect(n.text).toBe('geëvalueerd en coördinatie');
    const s = n.toSourceSpan(0, 'geëvalueerd'.length);
    expect(raw.slice(s.start, s.end)).toBe('gee\u0308valueerd');
  });
});
