/** Gateway close code for an invalid token. */
export const GATEWAY_AUTHENTICATION_FAILED = 4004;

/**
 * Whether an error means Discord rejected the token: login's own check
 * (`TokenInvalid`, raised on a 401 from /gateway/bot), the gateway closing
 * with 4004 (@discordjs/ws rejects with "Authentication failed"), or any REST
 * 401 made with the bot token.
 */
export function isTokenRejection(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; status?: unknown; message?: unknown; url?: unknown };
  if (e.code === 'TokenInvalid' || e.code === GATEWAY_AUTHENTICATION_FAILED) return true;
  // Interaction and webhook calls carry their own token: a 401 there (e.g. an
  // expired interaction, code 50027) says nothing about the bot token.
  if (e.status === 401) return !(typeof e.url === 'string' && isInteractionUrl(e.url)) && e.code !== 50027;
  return typeof e.message === 'string' && /^(Authentication failed|An invalid token was provided\.?)$/i.test(e.message);
}

export function isInteractionUrl(url: string): boolean {
  return /\/(webhooks|interactions)\//.test(url);
}

export const TOKEN_REJECTED_MESSAGE =
  'Discord weigerde het token: DISCORD_TOKEN is ongeldig of ingetrokken (Discord rejected the token: DISCORD_TOKEN is invalid or revoked).';
