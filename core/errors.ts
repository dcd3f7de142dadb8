/**
 * The program's one error base. `code` is a stable, machine-readable word (what an API answers and a log groups by);
 * `message` names the problem for operators and logs, never for residents; `cause` keeps the lower error. Which
 * HTTP status each kind becomes is decided in one place, bot/http/error-handler.ts.
 */
export class AppError extends Error {
  /** Facts an operator needs beside the message (who holds a claimed handoff): sent in admin JSON only. */
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: string,
    message: string,
    options?: { readonly cause?: unknown; readonly details?: Readonly<Record<string, unknown>> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options?.details) this.details = options.details;
  }
}

/** The thing asked for does not exist (404). */
export class NotFoundError extends AppError {
  constructor(message: string, options?: { readonly code?: string; readonly cause?: unknown }) {
    super(options?.code ?? 'not_found', message, options);
  }
}

/** The request clashes with the current state: a name taken, a record claimed by someone else (409). */
export class ConflictError extends AppError {}

/** The caller sent something the program cannot use: a bad file, a broken rule of input (400). */
export class InvalidInputError extends AppError {}

/** The caller is not known (401). */
export class UnauthorisedError extends AppError {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super('unauthorized', message, options);
  }
}

/** The caller is known but may not do this (403). */
export class ForbiddenError extends AppError {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super('forbidden', message, options);
  }
}

/** Too many requests; try again after retryAfterMs (429). */
export class RateLimitedError extends AppError {
  constructor(message: string, readonly retryAfterMs: number, options?: { readonly cause?: unknown }) {
    super('rate_limited', message, options);
  }
}

/** Something the program depends on (a model, Zalo, a database) failed or did not answer in time (503). */
export class UnavailableError extends AppError {}

/** A setting is missing or invalid: the program refuses to start, naming it. */
export class ConfigError extends AppError {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super('config', message, options);
  }
}
