import { Events, type Client, type MessageCreateOptions } from 'discord.js';
import type { MessagePayload } from '../render/payload.js';
import type { BotContext } from '../state/context.js';
import { AnnouncedStore } from './announced.js';
import { Announcer } from './announcer.js';
import { corpusUpdater, scheduleUpdates } from './updater.js';

/**
 * Start-up of the corpus updates: announcements to ANNOUNCE_CHANNEL_ID (when
 * set) and a sync + reindex every SYNC_INTERVAL_HOURS (when above 0). Both
 * are off by default.
 */

/** Posts to one channel; nobody is ever pinged. */
function channelSender(client: Client, channelId: string) {
  return async (p: MessagePayload): Promise<void> => {
    const channel = await client.channels.fetch(channelId);
    if (!channel || !channel.isSendable()) throw new Error(`kanaal ${channelId} niet gevonden of de bot mag er niet schrijven`);
    await channel.send({
      ...(p.content ? { content: p.content } : {}),
      embeds: p.embeds,
      components: p.components,
      allowedMentions: { parse: [] },
    } as MessageCreateOptions);
  };
}

export async function startCorpusUpdates(ctx: BotContext, client: Client): Promise<{ stop: () => void }> {
  const { config, log } = ctx;
  const updater = corpusUpdater(ctx);
  if (config.ANNOUNCE_CHANNEL_ID) {
    const announcer = new Announcer(new AnnouncedStore(config.ANNOUNCE_STATE_FILE), channelSender(client, config.ANNOUNCE_CHANNEL_ID), log);
    try {
      await announcer.prepare(ctx.holder.current.index.documents);
      updater.announcer = announcer;
    } catch (err) {
      // Without its record the bot could repeat announcements: none then, rather than twice.
      log.error(`Aankondigingen uitgeschakeld: ${config.ANNOUNCE_STATE_FILE} kon niet geschreven worden`, err);
    }
  }
  if (!(config.SYNC_INTERVAL_HOURS > 0)) return { stop: () => updater.abort() };
  const intervalMs = Math.max(1000, Math.round(config.SYNC_INTERVAL_HOURS * 3_600_000));
  log.info(`Automatisch bijwerken elke ${config.SYNC_INTERVAL_HOURS} uur${config.ANNOUNCE_CHANNEL_ID ? `, aankondigingen in kanaal ${config.ANNOUNCE_CHANNEL_ID}` : ''}.`);
  let schedule: { stop: () => void } | null = null;
  let stopped = false;
  // The clock starts once connected: an announcement needs Discord.
  client.once(Events.ClientReady, () => {
    if (stopped) return;
    schedule = scheduleUpdates(intervalMs, async () => {
      if (ctx.stopping) return;
      const outcome = await updater.run();
      if (!outcome.ok && outcome.busy) log.info('Gepland bijwerken overgeslagen: er loopt al een herindexering.');
      else if (!outcome.ok) log.warn(`Gepland bijwerken mislukt: ${outcome.reason}`);
    });
  });
  return {
    stop: () => {
      stopped = true;
      schedule?.stop();
      updater.abort();
    },
  };
}
