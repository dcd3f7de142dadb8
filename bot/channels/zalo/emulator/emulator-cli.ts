import { parseArgs } from 'node:util';

/** The emulator's command line: options, help text, and the settings it prints for the bot. Pure. */

export const HELP = `npm run zalo:emulator -- [options]

A local stand-in for Zalo's OpenAPI and OAuth servers: chat as a Zalo user in the browser, and the emulator posts
signed webhook events to the bot.

Options:
  --port N             port to listen on (default 3979; 0 picks a free one)
  --host H             address to listen on (default 127.0.0.1)
  --webhook URL        where to post webhook events (default http://localhost:$PORT/api/zalo/webhook, with the
                       bot's PORT from the environment, 3978 when unset)
  --app-id ID          the app id to sign with (default: a fixed test id)
  --oa-secret-key KEY  the OA secret key to sign with (default: generated)
  --app-secret SECRET  the app secret for token refreshes (default: generated)
  --help               show this text
`;

export interface EmulatorCli {
  readonly port: number;
  readonly host: string;
  readonly webhookUrl: string;
  readonly appId?: string;
  readonly oaSecretKey?: string;
  readonly appSecret?: string;
}

export type ParsedCli = { readonly kind: 'run'; readonly options: EmulatorCli } | { readonly kind: 'help' } | { readonly kind: 'error'; readonly message: string };

/** The bot listens on PORT (bot/config.ts loadBotPort, default 3978); the default webhook follows it. */
export function defaultWebhook(botPort: number): string {
  return `http://localhost:${botPort}/api/zalo/webhook`;
}

export function parseEmulatorArgs(args: readonly string[], botPort: number): ParsedCli {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string', default: '3979' },
        host: { type: 'string', default: '127.0.0.1' },
        webhook: { type: 'string' },
        'app-id': { type: 'string' },
        'oa-secret-key': { type: 'string' },
        'app-secret': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return { kind: 'error', message: (err as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) return { kind: 'error', message: `--port must be a port number, got ${values.port}` };
  const webhookUrl = values.webhook ?? defaultWebhook(botPort);
  if (!URL.canParse(webhookUrl)) return { kind: 'error', message: `--webhook must be a URL, got ${webhookUrl}` };
  return { kind: 'run', options: { port, host: values.host, webhookUrl,
    ...(values['app-id'] ? { appId: values['app-id'] } : {}),
    ...(values['oa-secret-key'] ? { oaSecretKey: values['oa-secret-key'] } : {}),
    ...(values['app-secret'] ? { appSecret: values['app-secret'] } : {}) } };
}
