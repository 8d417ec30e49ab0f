import { message, notice, type MessagePayload } from './payload.js';

const MENTION_HELP =
  'Hallo! Ik beantwoord vragen over het Integratiepact met letterlijke citaten uit schriftelijke vragen van het Vlaams Parlement.\n' +
  'Stel je vraag door me te noemen, bijvoorbeeld: `@bot Hoeveel projecten werden ingediend voor de AMIF-oproep?`\n' +
  'Of gebruik `/vraag`, `/vraagnr` (een vraag op nummer), `/tijdlijn` (het dossier in de tijd) en `/status`.';

export const mentionHelp = (): MessagePayload => message({ content: MENTION_HELP });

export const errorMessage = (errorId: string): MessagePayload =>
  notice(`Er ging iets mis (fout-id ${errorId}). Probeer het later opnieuw; meld het fout-id aan de beheerder als het blijft gebeuren.`);

export const SHUTTING_DOWN_MESSAGE = 'De bot wordt net herstart. Probeer het over een minuutje opnieuw.';
