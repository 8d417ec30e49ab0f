import { PermissionFlagsBits, type Interaction, type Message } from 'discord.js';
import type { BotContext } from '../state/context.js';
import { rateLimitMessage, type RateLimits } from '../state/rate-limit.js';

/**
 * Checks declared beside each handler and run by the dispatcher before it
 * (Sapphire-style preconditions), for slash commands, buttons, autocomplete
 * and mentions alike: a handler body never checks them itself, and a handler
 * without any says so with `preconditions: []`.
 */

/** Who sent a request: what preconditions look at, read once from an interaction or a message. */
interface Requester {
  userId: string;
  /** Permissions bitfield (in the channel for interactions, server-wide for messages); null outside a server. */
  permissions: bigint | null;
  roleIds: readonly string[];
  inGuild: boolean;
}

type GuardResult = { ok: true } | { ok: false; message: string };

export type Precondition = (who: Requester, ctx: BotContext) => GuardResult | Promise<GuardResult>;

/** A handler and the preconditions it runs behind. */
export interface Guarded<Run> {
  preconditions: readonly Precondition[];
  run: Run;
}

/** Edge: the requester of an interaction (cached member or raw API member) or of a message. */
export function requesterOf(source: Interaction | Message): Requester {
  if ('author' in source) {
    // Read only when a precondition asks: a message member's permissions need the server's roles cached.
    return {
      userId: source.author.id,
      inGuild: source.inGuild(),
      get permissions() {
        return source.member?.permissions.bitfield ?? null;
      },
      get roleIds() {
        return source.member ? [...source.member.roles.cache.keys()] : [];
      },
    };
  }
  const member = source.member;
  const roleIds = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return { userId: source.user.id, permissions: source.memberPermissions?.bitfield ?? null, roleIds, inGuild: source.inGuild() };
}

/**
 * Runs `preconditions` in order for `source`. On the first refusal the rest
 * do not run (so a refused request spends no further budget), `refuse` gets
 * its message and false is returned.
 */
export async function admitted(
  preconditions: readonly Precondition[],
  source: Interaction | Message,
  ctx: BotContext,
  refuse: (message: string) => Promise<unknown>,
): Promise<boolean> {
  const who = requesterOf(source);
  for (const precondition of preconditions) {
    const result = await precondition(who, ctx);
    if (!result.ok) {
      await refuse(result.message);
      return false;
    }
  }
  return true;
}

const rateLimit =
  (budget: keyof RateLimits): Precondition =>
  (who, ctx) => {
    const decision = ctx.rateLimits[budget].take(who.userId);
    return decision.ok ? { ok: true } : { ok: false, message: rateLimitMessage(decision.retryAfterMs) };
  };

/** Counts one question: for replies that run a search (/vraag, "Meer resultaten", a mention with a question). */
export const questionRateLimit = rateLimit('questions');

/** Counts one lighter reply: buttons that show stored text, votes, autocomplete, look-ups, help. */
export const replyRateLimit = rateLimit('replies');

export const ADMIN_ONLY_MESSAGE = 'Alleen beheerders (recht "Server beheren" of een beheerdersrol) mogen de index opnieuw opbouwen.';
export const GUILD_ONLY_MESSAGE = 'Dit commando werkt alleen in een server, niet in privéberichten.';

/** ManageGuild (Administrator implies it) or one of the configured admin roles. */
export function canManageIndex(who: Omit<Requester, 'userId'>, adminRoleIds: readonly string[]): GuardResult {
  if (!who.inGuild) return { ok: false, message: GUILD_ONLY_MESSAGE };
  const perms = who.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n || (perms & PermissionFlagsBits.ManageGuild) !== 0n) return { ok: true };
  if (who.roleIds.some((r) => adminRoleIds.includes(r))) return { ok: true };
  return { ok: false, message: ADMIN_ONLY_MESSAGE };
}

/** `setDefaultMemberPermissions` only hides a command (server admins can override it per role or channel), so check again. */
export const adminOnly: Precondition = (who, ctx) => canManageIndex(who, ctx.config.ADMIN_ROLE_IDS);
