import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ADMIN_ONLY_MESSAGE, adminOnly, admitted, canManageIndex, GUILD_ONLY_MESSAGE, requesterOf } from '../../src/bot/dispatch/preconditions.js';
import type { BotContext } from '../../src/bot/state/context.js';

const member = (permissions: bigint | null, roleIds: string[] = [], inGuild = true) => ({ userId: '1', permissions, roleIds, inGuild });

describe('canManageIndex', () => {
  it('allows ManageGuild and Administrator', () => {
    expect(canManageIndex(member(PermissionFlagsBits.ManageGuild), [])).toEqual({ ok: true });
    expect(canManageIndex(member(PermissionFlagsBits.Administrator), [])).toEqual({ ok: true });
    expect(canManageIndex(member(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages), [])).toEqual({ ok: true });
  });

  it('allows a configured admin role', () => {
    expect(canManageIndex(member(PermissionFlagsBits.SendMessages, ['111', '222']), ['222'])).toEqual({ ok: true });
  });

  it('refuses everyone else, with a clear message', () => {
    expect(canManageIndex(member(PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageMessages, ['111']), ['222'])).toEqual({ ok: false, message: ADMIN_ONLY_MESSAGE });
    expect(canManageIndex(member(null), [])).toEqual({ ok: false, message: ADMIN_ONLY_MESSAGE });
    expect(canManageIndex(member(0n, []), [])).toMatchObject({ ok: false });
  });

  it('refuses outside a server', () => {
    expect(canManageIndex(member(PermissionFlagsBits.Administrator, [], false), [])).toEqual({ ok: false, message: GUILD_ONLY_MESSAGE });
  });
});

describe('requesterOf and adminOnly', () => {
  const ctx = { config: { ADMIN_ROLE_IDS: ['999'] } } as unknown as BotContext;
  const interaction = (perms: bigint, roles: string[] | { cache: Map<string, unknown> }, guild = true) =>
    ({
      user: { id: '42' },
      member: { roles },
      memberPermissions: { bitfield: perms },
      inGuild: () => guild,
    }) as never;

  it('reads raw API members (role id arrays) and cached members (role managers)', () => {
    expect(requesterOf(interaction(0n, ['1', '999']))).toEqual({ userId: '42', permissions: 0n, roleIds: ['1', '999'], inGuild: true });
    expect(requesterOf(interaction(0n, { cache: new Map([['999', {}]]) })).roleIds).toEqual(['999']);
  });

  it('reads a message: its author, and the member when there is one', () => {
    const message = (m: unknown) => ({ author: { id: '7' }, member: m, inGuild: () => m !== null }) as never;
    expect(requesterOf(message(null))).toEqual({ userId: '7', permissions: null, roleIds: [], inGuild: false });
    expect(requesterOf(message({ permissions: { bitfield: 8n }, roles: { cache: new Map([['999', {}]]) } }))).toEqual({ userId: '7', permissions: 8n, roleIds: ['999'], inGuild: true });
  });

  it('lets admins and admin roles through', async () => {
    const check = (i: never) => adminOnly(requesterOf(i), ctx);
    expect(await check(interaction(PermissionFlagsBits.ManageGuild, []))).toEqual({ ok: true });
    expect(await check(interaction(0n, ['999']))).toEqual({ ok: true });
    expect((await check(interaction(0n, ['1']))).ok).toBe(false);
  });

  it('stops at the first refusal: later preconditions do not run', async () => {
    const ran: string[] = [];
    const refused: string[] = [];
    const pass = () => (ran.push('pass'), { ok: true as const });
    const refuse = () => (ran.push('refuse'), { ok: false as const, message: 'nee' });
    const later = () => (ran.push('later'), { ok: true as const });
    const ok = await admitted([pass, refuse, later], interaction(0n, []), ctx, async (m) => refused.push(m));
    expect(ok).toBe(false);
    expect(ran).toEqual(['pass', 'refuse']);
    expect(refused).toEqual(['nee']);
    expect(await admitted([], interaction(0n, []), ctx, async () => refused.push('x'))).toBe(true);
    expect(refused).toEqual(['nee']);
  });
});
