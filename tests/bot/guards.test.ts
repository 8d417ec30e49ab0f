import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ADMIN_ONLY_MESSAGE, canManageIndex, GUILD_ONLY_MESSAGE } from '../../src/bot/guards.js';
import { adminOnly, memberFacts } from '../../src/bot/preconditions.js';
import type { BotContext } from '../../src/bot/context.js';

const member = (permissions: bigint | null, roleIds: string[] = [], inGuild = true) => ({ permissions, roleIds, inGuild });

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

describe('adminOnly precondition', () => {
  const ctx = { config: { ADMIN_ROLE_IDS: ['999'] } } as unknown as BotContext;
  const interaction = (perms: bigint, roles: string[] | { cache: Map<string, unknown> }, guild = true) =>
    ({
      member: { roles },
      memberPermissions: { bitfield: perms },
      inGuild: () => guild,
    }) as never;

  it('reads raw API members (role id arrays) and cached members (role managers)', () => {
    expect(memberFacts(interaction(0n, ['1', '999']))).toEqual({ permissions: 0n, roleIds: ['1', '999'], inGuild: true });
    expect(memberFacts(interaction(0n, { cache: new Map([['999', {}]]) })).roleIds).toEqual(['999']);
  });

  it('lets admins and admin roles through', async () => {
    expect(await adminOnly(interaction(PermissionFlagsBits.ManageGuild, []), ctx)).toEqual({ ok: true });
    expect(await adminOnly(interaction(0n, ['999']), ctx)).toEqual({ ok: true });
    expect((await adminOnly(interaction(0n, ['1']), ctx)).ok).toBe(false);
  });
});
