import { PermissionFlagsBits } from 'discord.js';

/**
 * Run-time permission checks, separate from the commands (Sapphire-style
 * preconditions). `setDefaultMemberPermissions` only hides a command: server
 * admins can override it per role or channel, so the bot checks again.
 */

export interface MemberFacts {
  /** The member's permissions in the channel (bitfield); null outside a server. */
  permissions: bigint | null;
  roleIds: readonly string[];
  inGuild: boolean;
}

export type GuardResult = { ok: true } | { ok: false; message: string };

export const ADMIN_ONLY_MESSAGE = 'Alleen beheerders (recht "Server beheren" of een beheerdersrol) mogen de index opnieuw opbouwen.';
export const GUILD_ONLY_MESSAGE = 'Dit commando werkt alleen in een server, niet in privéberichten.';

/** ManageGuild (Administrator implies it) or one of the configured admin roles. */
export function canManageIndex(member: MemberFacts, adminRoleIds: readonly string[]): GuardResult {
  if (!member.inGuild) return { ok: false, message: GUILD_ONLY_MESSAGE };
  const perms = member.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n || (perms & PermissionFlagsBits.ManageGuild) !== 0n) return { ok: true };
  if (member.roleIds.some((r) => adminRoleIds.includes(r))) return { ok: true };
  return { ok: false, message: ADMIN_ONLY_MESSAGE };
}
