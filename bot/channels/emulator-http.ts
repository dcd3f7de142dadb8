import { createServer, type Server } from 'node:http';
import type express from 'express';
import type { Response } from 'express';

/** The channel emulators' HTTP helpers (Zalo's and Messenger's share them). */

/** Answers with what a webhook delivery the emulator made returned, or 502 naming why it failed. */
export async function relay(res: Response, deliver: () => Promise<object>): Promise<void> {
  try {
    res.json(await deliver());
  } catch (err) {
    res.status(502).json({ error: `webhook delivery failed: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/** Starts an HTTP server for the app, resolving once it listens and rejecting when it cannot. */
export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
