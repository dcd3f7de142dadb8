import { settingsText } from '../../emulator-settings.js';

/** What the emulator prints once it listens: where to chat, where events go, and the bot's settings. */
export function emulatorStartText(e: { url: string; webhookUrl: string; botSettings(): Record<string, string> }): string {
  return `Zalo OA emulator listening on ${e.url}
Chat as a Zalo user: ${e.url}/
Webhook events go to: ${e.webhookUrl} (change with --webhook URL, or set PORT to the bot's port)

${settingsText(e.botSettings())}`;
}
