import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotConfig } from './config.js';
import type { CustomId } from './custom-id.js';
import type { FeedbackWriter } from './feedback.js';
import type { GuardResult } from './guards.js';
import type { IndexHolder } from './index-holder.js';
import type { Logger } from './log.js';
import type { RateLimiter } from './rate-limit.js';
import type { Reindexer } from './reindexer.js';
import type { SessionStore } from './sessions.js';

/** Everything a handler needs, created once in main (and by hand in tests). */
export interface BotContext {
  config: BotConfig;
  holder: IndexHolder;
  log: Logger;
  rateLimiter: RateLimiter;
  sessions: SessionStore;
  feedback: FeedbackWriter;
  reindexer: Reindexer;
  version: string;
  startedAt: number;
  now: () => number;
  /** Set on SIGINT/SIGTERM: no new work is accepted. */
  stopping: boolean;
}

/** Checked by the dispatcher before `execute`; a failure is answered ephemerally. */
export type Precondition = (interaction: ChatInputCommandInteraction, ctx: BotContext) => GuardResult | Promise<GuardResult>;

export type ButtonHandlers = {
  [A in CustomId['action']]?: (interaction: ButtonInteraction, id: Extract<CustomId, { action: A }>, ctx: BotContext) => Promise<void>;
};

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  preconditions?: Precondition[];
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  buttons?: ButtonHandlers;
}
