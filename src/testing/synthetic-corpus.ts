import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../corpus/sentences.js';
import { parseDocument } from '../corpus/parse.js';
import { mulberry32 } from './random.js';

/**
 * Seeded synthetic written questions with the real documents' structure (both
 * layouts, numbered items, sub-items, answers item by item). Sentences come
 * from the fixture documents, with content words swapped for others drawn
 * from a Zipf-like vocabulary (including new compounds), and numbers and dates
 * re-drawn: keyword statistics look like a real corpus, not like copies.
 */

export { mulberry32 };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FIRST = ['ANNA', 'BERT', 'DRIES', 'ELS', 'FATIMA', 'GEERT', 'HANNE', 'IBRAHIM', 'JOKE', 'KOEN', 'LEILA', 'MAARTEN', 'NOOR', 'OMAR', 'PIETER', 'RUTH', 'SOFIE', 'TOM', 'WARD', 'YASMINE'];
const LAST = ['VOORBEELD', 'TESTELMANS', 'PROEFBERGHE', 'DUMMEKENS', 'ZANDLOPERS', 'SJABLOONS', 'MOCKAERT', 'SCHETSAERT', 'MODELAERTS', 'FICTIEF', 'VERZONNEN', 'PROEFKENS', 'DE SMEDT', 'VAN DAMME', 'PEETERS', 'JANSSENS', 'MAES', 'WILLEMS', 'CLAES', 'GOOSSENS'];
const MINISTERS = [
  ['PIETER FICTIEF', 'VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, INBURGERING, WONEN, GELIJKE KANSEN EN ARMOEDEBESTRIJDING'],
  ['GREET MODELAERTS', 'VLAAMS MINISTER VAN WERK, ECONOMIE, INNOVATIE EN SPORT'],
  ['HILDEGARD PROEFKENS', 'VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS'],
  ['RUBEN VERZONNEN', 'VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN'],
];

interface Material {
  questions: string[];
  statements: string[];
  titles: string[];
  vocabulary: string[];
}

function harvest(fixtureDir: string): Material {
  const m: Material = { questions: [], statements: [], titles: [], vocabulary: [] };
  const words = new Set<string>();
  for (const f of readdirSync(fixtureDir).filter((x) => x.endsWith('.txt'))) {
    const doc = parseDocument(readFileSync(join(fixtureDir, f), 'utf8'), f);
    m.titles.push(doc.title);
    for (const section of [doc.question, doc.answer]) {
      if (!section) continue;
      for (const s of splitSentences(doc.text, section.start, section.end)) {
        const sentence = doc.text.slice(s.start, s.end).replace(/\n/g, ' ');
        if (sentence.length < 25) continue;
        (sentence.endsWith('?') ? m.questions : m.statements).push(sentence);
        for (const w of sentence.match(/\p{Ll}{7,}/gu) ?? []) words.add(w);
      }
    }
  }
  m.vocabulary = [...words];
  return m;
}

export function generateCorpus(dir: string, count: number, seed: number, fixtureDir: string, firstNumber = 2000): string[] {
  mkdirSync(dir, { recursive: true });
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const material = harvest(fixtureDir);
  // A larger vocabulary: the harvested words plus compounds of them, drawn Zipf-like.
  const vocab = [...material.vocabulary];
  for (let i = 0; i < 4000; i++) vocab.push(pick(material.vocabulary).slice(0, 5 + Math.floor(rand() * 4)) + pick(material.vocabulary));
  const zipf = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length * Math.pow(rand(), 2.2)))]!;
  const vary = (sentence: string) =>
    sentence
      .replace(/\p{Ll}{7,}/gu, (w) => (rand() < 0.35 ? zipf() : w))
      .replace(/\b\d{1,3}(?:\.\d{3})*(?:,\d+)?\b/g, (n) => (n.length === 4 && /^(19|20)/.test(n) ? String(2012 + Math.floor(rand() * 12)) : String(Math.floor(rand() * 5000))));
  const date = () => `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${2015 + Math.floor(rand() * 10)}`;
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;

  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = firstNumber + i;
    const [minister, title] = pick(MINISTERS);
    const questioner = name();
    const when = date();
    const items = 2 + Math.floor(rand() * 5);
    const qLines: string[] = [];
    const aLines: string[] = [];
    for (let k = 1; k <= items; k++) {
      qLines.push(`${k}. ${vary(pick(material.questions))}`);
      const subs = rand() < 0.2 ? 2 : 0;
      for (let s = 0; s < subs; s++) qLines.push(`${'ab'[s]}) ${vary(pick(material.questions))}`);
      const sentences = 1 + Math.floor(rand() * 4);
      aLines.push(`${k}. ${Array.from({ length: sentences }, () => vary(pick(material.statements))).join(' ')}`);
    }
    const docTitle = `${pick(material.titles).split(' - ')[0]} - ${vary(pick(material.titles).split(' - ').pop()!)}`;
    const intro = vary(pick(material.statements));
    const text =
      rand() < 0.5
        ? ` aan ${minister}\n${title}\n\n${docTitle}\n\n${intro}\n\n${qLines.join('\n\n')}\n op vraag nr. ${number} van ${when}\nVAN ${questioner}\n\n${aLines.join('\n\n')}\n`
        : `SCHRIFTELIJKE VRAAG\n\nnr. ${number}\nvan ${questioner}\ndatum: ${when}\n\naan ${minister}\n${title}\n\n${docTitle}\n\n${intro}\n\n${qLines.join('\n\n')}\n\nANTWOORD\n\nop vraag nr. ${number} van ${when}\nvan ${questioner}\n\n${aLines.join('\n\n')}\n`;
    const file = join(dir, `synthetic-${number}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
