import { answer, queryProblem as problemOf, type AnswerFilters } from '../../answer/index.js';
import { queryProblemMessage } from '../../present/answer.js';
import { documentLookup } from '../../present/citation.js';
import { renderAnswer } from '../render/answer.js';
import { notice, type MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';

/**
 * One question in, one message payload out: shared by /vraag, @mentions and
 * "Meer resultaten". Reads the serving index once, so a reindex swapping it
 * mid-question does not matter.
 */

interface AskInput {
  query: string;
  filters?: AnswerFilters;
  limit: number;
  offset?: number;
  /** Continue an existing session ("Meer resultaten"). */
  sessionId?: string;
}

/** Cheap syntactic check before deferring: an unusable query gets an immediate ephemeral reply. */
export function queryProblem(query: string): MessagePayload | null {
  const problem = problemOf(query);
  return problem ? notice(queryProblemMessage(problem, query.length)) : null;
}

export async function ask(ctx: BotContext, input: AskInput): Promise<MessagePayload> {
  const { index, embedder, retrieval } = ctx.holder.current;
  const offset = input.offset ?? 0;
  const result = await answer(input.query, { limit: input.limit, offset, filters: input.filters ?? {} }, { index, embedder, state: retrieval });
  let sessionId: string | null = null;
  if (result.status === 'answered') {
    let session = input.sessionId ? ctx.sessions.get(input.sessionId) : null;
    if (session) sessionId = input.sessionId!;
    else {
      const created = ctx.sessions.create({ query: input.query, filters: input.filters ?? {}, limit: input.limit });
      session = created.session;
      sessionId = created.id;
    }
    session.shown.set(offset, result.passages.map((p) => ({ questionNumber: p.questionNumber, item: p.item })));
  }
  return renderAnswer(result, { sessionId, offset, limit: input.limit, documents: documentLookup(index.documents) });
}
