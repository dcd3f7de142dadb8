import { ConflictError, NotFoundError } from './errors.js';

/** What a LogStore throws on purpose: a race between two operators ends in a 404 or a 409, not a bare 500. */

export class StoreNotFoundError extends NotFoundError {
  constructor(readonly entity: 'turn' | 'curated answer' | 'handoff' | 'user', readonly id: string) {
    super(`no ${entity} with id ${id}`);
  }
}

export class DuplicateUsernameError extends ConflictError {
  constructor(readonly username: string, options?: { readonly cause?: unknown }) {
    super('username_taken', `username ${username} is taken`, options);
  }
}
