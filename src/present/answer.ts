import { MAX_QUERY_CHARS, ordinalWord, type AnswerNote, type AnswerResult, type AnswerType, type KeywordOnlyReason, type LocatedShortfall, type NoAnswerReason, type Passage, type QueryProblem, type Verdict } from '../answer/index.js';

/**
 * The answer path's structured outcome in the bot's Dutch, for the bot and
 * the CLI alike: why there is no answer, notes, and the retrieval mode.
 */

/** The reply for a query that cannot be searched. */
export function queryProblemMessage(problem: QueryProblem, rawLength: number): string {
  switch (problem) {
    case 'leeg':
      return 'Je vraag is leeg. Stel een vraag over het Integratiepact, bijvoorbeeld: "Wanneer wordt beslist over de goedkeuring van de projecten?"';
    case 'te-kort':
      return 'Je vraag is te kort om te zoeken. Gebruik een paar woorden, bijvoorbeeld: "Hoeveel projecten werden ingediend?"';
    case 'te-lang':
      return `Je vraag is te lang (${rawLength} tekens; maximaal ${MAX_QUERY_CHARS}). Stel een kortere vraag.`;
    case 'geen-zoekwoorden':
      return 'Ik vond geen zoekwoorden in je vraag (alleen leestekens, emoji of veelgebruikte woorden). Stel je vraag in woorden.';
  }
}

/** Units of measure after a figure other than 1 ("12 maanden"); the others stay as they are ("12 uur", "5 procent"). */
const UNIT_PLURALS: Record<string, string> = { minuut: 'minuten', dag: 'dagen', werkdag: 'werkdagen', week: 'weken', maand: 'maanden', procentpunt: 'procentpunten' };

/** Longest sentence repeated in a no-answer message; a longer one is left to the closest questions. */
const MAX_MESSAGE_QUOTE = 300;
/** "op 1 september 2026", but "begin 2026" and "eind 2025" stand without a preposition. */
const onDay = (day: string) => (/^(?:begin|eind)\b/.test(day) ? day : `op ${day}`);

/** Why the closest passage does not answer; the passage's own words where it says so itself. */
function shortfallMessage(shortfall: LocatedShortfall, sentence: string | null): string {
  const nr = shortfall.questionNumber;
  switch (shortfall.kind) {
    case 'year':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaat niet over ${shortfall.year}.`;
    case 'year-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaan niet over ${shortfall.year}.`;
    case 'period-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaan over een ander deel van ${shortfall.year} dan je vraagt.`;
    case 'date-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gelden ${onDay(shortfall.given)}, niet ${onDay(shortfall.date)}.`;
    case 'elapsed-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gelden "${shortfall.given}", niet "${shortfall.asked}".`;
    case 'rate':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) geeft ${shortfall.words === 'gemiddeld' ? 'geen gemiddelde' : `geen cijfer ${shortfall.words}`}.`;
    case 'since-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gelden sinds ${shortfall.year}, niet ervoor.`;
    case 'until-figures':
      return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) lopen tot ${shortfall.year}, niet erna.`;
    case 'place-figures':
      if (shortfall.subgroup) {
        const all = shortfall.counted ? `alle ${shortfall.counted}` : 'iedereen';
        return `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gelden voor ${shortfall.place} voor ${all}, niet voor de groep waar je naar vraagt.`;
      }
      if (shortfall.counted) return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) geeft voor ${shortfall.place} geen aantal "${shortfall.counted}".`;
      return shortfall.shared
        ? `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gelden voor ${shortfall.place} en andere samen, niet voor ${shortfall.place} alleen.`
        : `De cijfers in het antwoord dat het best overeenkomt (vraag nr. ${nr}) gaan niet over ${shortfall.place}.`;
    case 'figure': {
      const ordinal = /^(\d+)e$/.exec(shortfall.value);
      return ordinal
        ? `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) spreekt niet over de ${ordinalWord(Number(ordinal[1]))}.`
        : `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) noemt het getal ${shortfall.value} niet.`;
    }
    case 'quantity':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) spreekt niet over ${shortfall.value} ${shortfall.value === '1' ? shortfall.unit : (UNIT_PLURALS[shortfall.unit] ?? shortfall.unit)}.`;
    case 'ordinal-figures':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) noemt de ${ordinalWord(shortfall.ordinal)}, maar geeft er ${shortfall.wanted ? MISSING[shortfall.wanted] : 'geen cijfer'} voor.`;
    case 'focus':
    case 'entity':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) spreekt niet over "${shortfall.word}".`;
    case 'opposite':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) spreekt over "${shortfall.found}": het omgekeerde van wat je vraagt.`;
    case 'listed': {
      const said = (sentence ?? '').replace(/\s+/g, ' ');
      return said && said.length <= MAX_MESSAGE_QUOTE
        ? `Het antwoord op vraag nr. ${nr} geeft geen aantal voor wat je vraagt; het noemt het alleen in een opsomming: "${said}"`
        : `Het antwoord op vraag nr. ${nr} geeft geen aantal voor wat je vraagt; het noemt het alleen in een opsomming.`;
    }
    case 'breakdown':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) geeft geen opsplitsing per ${shortfall.dimension}.`;
    case 'off-topic':
      return `Het antwoord dat het best overeenkomt (vraag nr. ${nr}) deelt alleen namen of jaartallen met je vraag, niet het onderwerp.`;
    case 'unavailable': {
      const said = (sentence ?? '').replace(/\s+/g, ' ');
      return said && said.length <= MAX_MESSAGE_QUOTE ? `Het antwoord op vraag nr. ${nr} zegt: "${said}"` : `Het antwoord op vraag nr. ${nr} zegt dat die informatie er niet in staat.`;
    }
  }
}

export function noAnswerMessage(reason: NoAnswerReason): string {
  switch (reason.kind) {
    case 'invalid-query':
      return queryProblemMessage(reason.problem, reason.length);
    case 'empty-corpus':
      return 'Het corpus bevat nog geen schriftelijke vragen: voeg documenten toe en herindexeer.';
    case 'no-question-matches-filters':
      return 'Geen enkele vraag in het corpus voldoet aan de gekozen filters.';
    case 'not-answered-yet':
      return `De vraag die het best overeenkomt (nr. ${reason.questionNumber}) is nog niet beantwoord.`;
    case 'no-passage':
      return ['Ik vond geen passage die deze vraag beantwoordt.', reason.shortfall && shortfallMessage(reason.shortfall, reason.sentence)].filter(Boolean).join(' ');
    case 'no-further-passages':
      return 'Er zijn geen verdere passages die deze vraag beantwoorden.';
  }
}

function noteText(note: AnswerNote): string {
  switch (note.kind) {
    case 'question-not-in-corpus':
      return `Vraag nr. ${note.questionNumber} staat niet in het corpus; ik zoek in alle vragen.`;
    case 'english-in-keyword-mode':
      return 'Zonder taalmodel zoek ik op trefwoorden en begrijp ik Nederlands het best: stel je vraag in het Nederlands voor betere antwoorden (English questions work best with the language model).';
  }
}

/** Why answers run on keywords only, in a few words; `details` adds what the loader said (not for Discord). */
export function keywordOnlyText(reason: KeywordOnlyReason, options: { details?: boolean } = {}): string {
  switch (reason.kind) {
    case 'model-unavailable-at-indexing':
      return reason.detail;
    case 'model-not-loaded':
      return options.details && reason.detail ? reason.detail : 'taalmodel niet geladen';
    case 'keyword-configured':
      return 'RETRIEVAL_MODE=keyword';
    case 'no-vectors':
      return 'index zonder vectoren';
  }
}

/** One line for the user when retrieval runs on keywords only; `describe` words the reason (Discord's is shorter). */
export function modeNote(reason: KeywordOnlyReason | null, describe: (reason: KeywordOnlyReason) => string = keywordOnlyText): string | null {
  return reason ? `Zoekmodus: alleen trefwoorden (${describe(reason)}).` : null;
}

/** What the answer lacks when the asked kind of answer is not in it: "geen aantal". */
const MISSING: Record<AnswerType | 'decision', string> = {
  count: 'geen aantal',
  money: 'geen bedrag',
  share: 'geen aandeel of percentage',
  date: 'geen datum',
  day: 'geen dag',
  duration: 'geen duur',
  name: 'geen naam',
  reason: 'geen reden',
  outcome: 'geen resultaten',
  decision: 'nog geen beslissing',
};

/** "geen aantal", or "geen aantal plukkers" when a count of something else is given. */
function missingText(v: Extract<Verdict, { kind: 'partial' }>): string {
  if (v.countOnly) return 'een aantal, geen namen';
  return v.counted ? `${MISSING[v.missing]} ${v.counted}` : MISSING[v.missing];
}

/** A passage's verdict in words a journalist can use. */
export function verdictText(v: Verdict): string {
  switch (v.kind) {
    case 'answers':
      return 'beantwoordt de vraag';
    case 'partial':
      return v.missing === 'decision' ? 'gedeeltelijk — de beslissing is nog niet genomen' : `gedeeltelijk — het antwoord noemt ${missingText(v)}`;
    case 'related':
      return 'verwante passage';
  }
}

const DUTCH_QUESTION_WORD = /^(?:hoeveel|hoe|wanneer|wie|welke?|wat|waar|waarom|met welk|tegen wanneer)\b/i;

/**
 * Said out loud when the best passage lacks what was asked: "Op de vraag
 * hoeveel projecten werden ingediend, geeft de minister geen aantal. Het
 * antwoord op punt 2:" — the quote follows.
 */
function missingAnswerLead(question: string, top: Passage): string | null {
  // Only the best passage speaks for the answer: not the first of a "more results" page.
  if (top.verdict.kind !== 'partial' || top.rank !== 1) return null;
  const asked = question.trim().replace(/[?!.\s]+$/, '');
  const phrase = DUTCH_QUESTION_WORD.test(asked) ? `${asked.charAt(0).toLowerCase()}${asked.slice(1)},` : `"${asked}"`;
  if (top.verdict.missing === 'decision') return `Over de vraag ${phrase} is nog niet beslist. Het ${top.itemDescription}:`;
  return `Op de vraag ${phrase} geeft de minister ${missingText(top.verdict)}. Het ${top.itemDescription}:`;
}

/** The user-facing texts of a result: the message (no answer), the lead for a partial answer, notes and mode note. */
export function answerTexts(result: AnswerResult): { message: string | null; lead: string | null; notes: string[]; modeNote: string | null } {
  const top = result.passages[0];
  return {
    message: result.reason ? noAnswerMessage(result.reason) : null,
    lead: top ? missingAnswerLead(result.searchedQuery, top) : null,
    notes: result.notes.map(noteText),
    modeNote: result.mode === 'keyword' ? modeNote(result.keywordOnly) : null,
  };
}
