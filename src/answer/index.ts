/**
 * What the CLI, the bot and the scripts use of the answer path: answer() and
 * the look-up by number, their types, and the retrieval state.
 */
export { answer, DEFAULT_THRESHOLD, type AnswerContext } from './answer.js';
export { groupByQuestion, lookupQuestion, type QuestionLookup } from './passage.js';
export { MAX_QUERY_CHARS, queryProblem, type QueryProblem } from './query.js';
export { retrievalState } from './retrieve.js';
export type * from './types.js';
export type { AnswerType } from './answer-type.js';
export { ordinalWord } from './named.js';
