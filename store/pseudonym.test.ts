import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversationPseudonym, createPseudonymizer, deriveKey } from './pseudonym.js';

describe('createPseudonymizer', () => {
  it('creates a private salt once; every opener of the file gets the same pseudonyms and no draft is left behind', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'salt-')), 'data');
    const file = join(dir, 'pseudonym.salt');
    const first = createPseudonymizer(file);
    const second = createPseudonymizer(file);
    expect(first('zalo', '123')).toBe(second('zalo', '123'));
    expect(first('zalo', '123')).toMatch(/^u_[0-9a-f]{24}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['pseudonym.salt']);
  });

  it('separates channels and ids, and a different salt gives different pseudonyms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salt-'));
    writeFileSync(join(dir, 'a.salt'), 'salt-a-0123456789abcdef');
    writeFileSync(join(dir, 'b.salt'), 'salt-b-0123456789abcdef');
    const a = createPseudonymizer(join(dir, 'a.salt'));
    const b = createPseudonymizer(join(dir, 'b.salt'));
    expect(a('zalo', '1')).not.toBe(a('webchat', '1'));
    expect(a('zalo', '1')).not.toBe(a('zalo', '2'));
    expect(a('zalo', '1')).not.toBe(b('zalo', '1'));
  });

  it('gives the same pseudonyms from its cache as computed, past its size too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salt-'));
    writeFileSync(join(dir, 'c.salt'), 'salt-c-0123456789abcdef');
    const cached = createPseudonymizer(join(dir, 'c.salt'), 2);
    const fresh = (id: string): string => createPseudonymizer(join(dir, 'c.salt'), 2)('zalo', id);
    for (const id of ['1', '2', '1', '3', '2', '1', '4', '1']) expect(cached('zalo', id)).toBe(fresh(id));
    expect(cached('webchat', '1')).toBe(createPseudonymizer(join(dir, 'c.salt'))('webchat', '1'));
    expect(cached('webchat', '1')).not.toBe(cached('zalo', '1'));
  });

  it('refuses a salt file too short to be one (emptied by a crash, or cut), naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salt-'));
    writeFileSync(join(dir, 'short.salt'), '');
    expect(() => createPseudonymizer(join(dir, 'short.salt'))).toThrow(/short\.salt holds 0 bytes, too few for a salt/);
  });

  it('names a conversation apart from the user with the same id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salt-'));
    const p = createPseudonymizer(join(dir, 'p.salt'));
    expect(conversationPseudonym(p, 'webchat', 'c-1')).toBe(p('webchat', 'conversation:c-1'));
    expect(conversationPseudonym(p, 'webchat', 'c-1')).not.toBe(p('webchat', 'c-1'));
  });
});

describe('deriveKey', () => {
  it('gives every opener of a salt the same 32-byte key per purpose, another per purpose and per salt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salt-'));
    writeFileSync(join(dir, 'a.salt'), 'salt-a-0123456789abcdef');
    writeFileSync(join(dir, 'b.salt'), 'salt-b-0123456789abcdef');
    const key = deriveKey(join(dir, 'a.salt'), 'webchat-identity');
    expect(key).toHaveLength(32);
    expect(deriveKey(join(dir, 'a.salt'), 'webchat-identity').equals(key)).toBe(true);
    expect(deriveKey(join(dir, 'a.salt'), 'other').equals(key)).toBe(false);
    expect(deriveKey(join(dir, 'b.salt'), 'webchat-identity').equals(key)).toBe(false);
  });

  it('creates the salt when it is missing, as the pseudonyms would', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'salt-')), 'pseudonym.salt');
    const key = deriveKey(file, 'webchat-identity');
    expect(createPseudonymizer(file)('zalo', '1')).toMatch(/^u_/);
    expect(deriveKey(file, 'webchat-identity').equals(key)).toBe(true);
  });
});
