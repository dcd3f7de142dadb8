import type { Channel } from './channel.js';
import { botframeworkChannel } from './botframework/botframework-channel.js';
import { messengerChannel } from './messenger/messenger-channel.js';
import { webchatChannel } from './webchat/webchat-channel.js';
import { zaloChannel } from './zalo/zalo-channel.js';

/** Every channel the program has, in the order the admin lists them. Adding a channel is one line here. */
export const CHANNELS: readonly Channel[] = checkedChannels([
  webchatChannel,
  zaloChannel,
  messengerChannel,
  botframeworkChannel,
]);

/** The channel a log or handoff row names (by its name or an alias), or undefined for one this program lacks. */
export function channelNamed(name: string): Channel | undefined {
  return CHANNELS.find((c) => c.name === name || (c.aliases !== undefined && Object.hasOwn(c.aliases, name)));
}

/** Labels staff read, by every channel id the log may hold. */
export const CHANNEL_LABELS: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(
  CHANNELS.flatMap((c) => [[c.name, c.displayName], ...Object.entries(c.aliases ?? {})])));

/** Names must be unique across names and aliases: they key residents, handoffs and queued events. */
export function checkedChannels(list: readonly Channel[]): readonly Channel[] {
  const seen = new Set<string>();
  for (const id of list.flatMap((c) => [c.name, ...Object.keys(c.aliases ?? {})])) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`channel registry: "${id}" is not a channel name (lower-case letters, digits, "-")`);
    if (seen.has(id)) throw new Error(`channel registry: "${id}" is registered twice`);
    seen.add(id);
  }
  return Object.freeze([...list]);
}
