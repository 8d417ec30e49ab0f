import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands, commandsJson } from '../../src/bot/commands/index.js';
import { english } from '../../src/bot/commands/locales.js';
import { buttonRoutes } from '../../src/bot/dispatch/interactions.js';

const json = Object.fromEntries(commandsJson().map((c) => [c.name, c]));
const option = (command: string, name: string) => json[command]!.options!.find((o) => o.name === name) as unknown as Record<string, unknown>;

describe('slash command definitions', () => {
  it('has Dutch base names', () => {
    expect(Object.keys(json).sort()).toEqual(['herindexeer', 'status', 'tijdlijn', 'vraag', 'vraagnr']);
  });

  it('localises every command and option name and description for en-US and en-GB', () => {
    for (const c of commandsJson()) {
      for (const locale of ['en-US', 'en-GB'] as const) {
        expect(c.name_localizations?.[locale], `${c.name} ${locale}`).toMatch(/^[a-z-]{1,32}$/);
        expect(c.description_localizations?.[locale]?.length, `${c.name} ${locale}`).toBeGreaterThan(0);
        for (const o of c.options ?? []) {
          expect(o.name_localizations?.[locale], `${c.name}.${o.name}`).toMatch(/^[a-z-]{1,32}$/);
          expect(o.description_localizations?.[locale]?.length).toBeGreaterThan(0);
        }
      }
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
    expect(json.vraag!.name_localizations).toEqual({ 'en-US': 'ask', 'en-GB': 'ask' });
    expect(json.vraagnr!.name_localizations).toEqual({ 'en-US': 'question', 'en-GB': 'question' });
    expect(json.herindexeer!.name_localizations).toEqual({ 'en-US': 'reindex', 'en-GB': 'reindex' });
  });

  it('every localisation map, wherever it sits, has en-US and en-GB with the same text', () => {
    const maps: [string, Record<string, string>][] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key.endsWith('_localizations')) maps.push([`${where}.${key}`, value as Record<string, string>]);
          else walk(value, `${where}.${key}`);
        }
      }
    };
    walk(commandsJson(), 'commands');
    // 5 commands and 7 options, each with a name and a description.
    expect(maps).toHaveLength(24);
    for (const [where, map] of maps) {
      expect(Object.keys(map).sort(), where).toEqual(['en-GB', 'en-US']);
      expect(map['en-GB'], where).toBe(map['en-US']);
    }
    expect(english('ask')).toEqual({ 'en-US': 'ask', 'en-GB': 'ask' });
  });

  it('/vraag has tekst (required, ≤ 1000), aantal 1–5, vraagsteller with autocomplete, jaar', () => {
    expect(json.vraag!.options!.map((o) => o.name)).toEqual(['tekst', 'aantal', 'vraagsteller', 'jaar']);
    expect(option('vraag', 'tekst')).toMatchObject({ type: ApplicationCommandOptionType.String, required: true, max_length: 1000 });
    expect(option('vraag', 'aantal')).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 1, max_value: 5 });
    expect(option('vraag', 'aantal').required).toBeFalsy();
    expect(option('vraag', 'vraagsteller')).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
    expect(option('vraag', 'jaar')).toMatchObject({ type: ApplicationCommandOptionType.Integer });
  });

  it('/vraagnr has nummer: integer 1–999999 with autocomplete', () => {
    expect(option('vraagnr', 'nummer')).toMatchObject({
      type: ApplicationCommandOptionType.Integer,
      required: true,
      min_value: 1,
      max_value: 999_999,
      autocomplete: true,
    });
  });

  it('/herindexeer defaults to ManageGuild; the others are open', () => {
    expect(json.herindexeer!.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(json.vraag!.default_member_permissions ?? null).toBeNull();
    expect(json.status!.default_member_permissions ?? null).toBeNull();
  });

  it('checks /herindexeer permissions at run time too, outside the command', () => {
    const herindexeer = commands.find((c) => c.data.name === 'herindexeer')!;
    expect(herindexeer.preconditions?.length).toBeGreaterThan(0);
  });

  it('routes every button action to exactly one command', () => {
    expect([...buttonRoutes(commands).keys()].sort()).toEqual(['fb', 'full', 'more', 'pg', 'tl', 'txt']);
  });
});
