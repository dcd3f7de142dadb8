import type { ErrorRequestHandler, Request } from 'express';
import { AppError, ConfigError, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthorisedError, UnavailableError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';

/** The HTTP status of each kind of AppError: the one place where errors become statuses. */
const STATUS: readonly (readonly [new (...args: never[]) => AppError, number])[] = [
  [NotFoundError, 404],
  [ConflictError, 409],
  [InvalidInputError, 400],
  [UnauthorisedError, 401],
  [ForbiddenError, 403],
  [RateLimitedError, 429],
  [UnavailableError, 503],
  [ConfigError, 500],
];

/** An error thrown by express itself or its body parser: a 4xx status and a type, never a message to send. */
interface HttpLibraryError { readonly status?: unknown; readonly type?: unknown }

export function httpStatusOf(err: unknown): number {
  if (err instanceof AppError) return STATUS.find(([kind]) => err instanceof kind)?.[1] ?? 500;
  const status = (err as HttpLibraryError | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/** The admin pages and their API: operators, who are told what went wrong. Everyone else is a resident or a program. */
const forOperators = (req: Request): boolean => req.originalUrl.startsWith('/admin/') || req.originalUrl === '/admin';

/**
 * Renders any error that reached express. Residents and outside callers get the code only, never `err.message`
 * (it may name files, tables or other people); operators on /admin get the message that names the problem. A 5xx
 * is logged with its message; its body says nothing more than internal_error.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const status = httpStatusOf(err);
    if (status >= 500) logger.error('request failed', { error: err instanceof Error ? err.message : String(err), code: err instanceof AppError ? err.code : undefined });
    if (res.headersSent) return void res.end();
    if (err instanceof RateLimitedError) res.setHeader('Retry-After', String(Math.ceil(err.retryAfterMs / 1000)));
    res.status(status).json(status >= 500 ? { error: 'internal_error' } : body(err, forOperators(req)));
  };
}

function body(err: unknown, operator: boolean): Record<string, unknown> {
  if (err instanceof AppError) return operator ? { error: err.code, message: err.message, ...err.details } : { error: err.code };
  // Body-parser errors carry a type (entity.too.large, entity.parse.failed); their message is never sent.
  const status = httpStatusOf(err);
  return { error: status === 413 ? 'payload_too_large' : status === 400 ? 'bad_request' : 'request_error' };
}
