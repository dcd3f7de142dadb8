/**
 * Account management for the admin pages.
 *   npm run admin -- create-user --username U --role admin|volunteer     (password from a prompt, or stdin's first line)
 *   npm run admin -- list-users
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '../../admin/auth/password.js';
import { openLogStore } from '../../store/open-log-store.js';
import type { Role } from '../../core/ports/log-store.js';
import { loadConfig } from '../config.js';
import { readSecret } from './read-secret.js';

const USAGE = 'usage: npm run admin -- create-user --username U --role admin|volunteer';
const { positionals, values } = parseArgs({ allowPositionals: true, options: { username: { type: 'string' }, role: { type: 'string' } } });
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const config = loadConfig();
const command = positionals[0];
if (command !== 'create-user') fail(USAGE);
const username = values.username ?? '';
const role = values.role as Role | undefined;
if (!/^[\w.-]{3,40}$/.test(username)) fail(`--username: 3–40 letters, digits, ".", "_" or "-" (got "${username}")\n${USAGE}`);
if (role !== 'admin' && role !== 'volunteer') fail(`--role must be admin or volunteer\n${USAGE}`);

const password = await readSecret(`Mật khẩu cho ${username}: `);
if (password.length < 10) fail('the password needs at least 10 characters; nothing was created');

const store = await openLogStore({ dataDir: config.dataDir, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
try {
  if (await store.userByUsername(username)) fail(`user "${username}" already exists; nothing was changed`);
  await store.createUser({ username, role: role!, passwordHash: await hashPassword(password) });
  console.log(`created ${role} "${username}"`);
} finally {
  await store.close();
}
