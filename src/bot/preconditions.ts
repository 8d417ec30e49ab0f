import type { ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { BotContext, Precondition } from './context.js';
import { canManageIndex, type MemberFacts } from './guards.js';
import { rateLimitMessage } from './rate-limit.js';

/** Edge: the facts the pure guard needs, read from an interaction (cached member or raw API member). */
export function memberFacts(i: Interaction): MemberFacts {
  const member = i.member;
  const roleIds = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return { permissions: i.memberPermissions?.bitfield ?? null, roleIds, inGuild: i.inGuild() };
}

/** ManageGuild or an ADMIN_ROLE_IDS role, checked at run time whatever the command's default permissions say. */
export const adminOnly: Precondition = (i: ChatInputCommandInteraction, ctx: BotContext) =>
  canManageIndex(memberFacts(i), ctx.config.ADMIN_ROLE_IDS);

/** Counts one question against the user's rate limit. */
export function takeQuestion(ctx: BotContext, userId: string): { ok: true } | { ok: false; message: string } {
  const decision = ctx.rateLimiter.take(userId);
  return decision.ok ? { ok: true } : { ok: false, message: rateLimitMessage(decision.retryAfterMs) };
}

export const rateLimited: Precondition = (i, ctx) => takeQuestion(ctx, i.user.id);
