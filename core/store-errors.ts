/** What a LogStore throws on purpose; the admin API maps these to 404 and 409 instead of a bare 500. */

export class StoreNotFoundError extends Error {
  constructor(readonly entity: 'turn' | 'curated answer' | 'handoff' | 'user', readonly id: string) {
    super(`no ${entity} with id ${id}`);
    this.name = 'StoreNotFoundError';
  }
}

export class DuplicateUsernameError extends Error {
  constructor(readonly username: string, options?: { cause?: unknown }) {
    super(`username ${username} is taken`, options);
    this.name = 'DuplicateUsernameError';
  }
}
