import type { Response } from 'express';
import type { Role } from '../../core/ports/log-store.js';

/** Who is signed in for this request; put on res.locals by requireSession. */
export interface AdminSession {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  readonly csrfToken: string;
  readonly idHash: string;
}

export function sessionOf(res: Response): AdminSession {
  const session = res.locals['adminSession'] as AdminSession | undefined;
  // Routes behind requireSession only; reaching here without one is a wiring bug.
  if (!session) throw new Error('admin route reached without a session');
  return session;
}

export function setSession(res: Response, session: AdminSession): void {
  res.locals['adminSession'] = session;
}
