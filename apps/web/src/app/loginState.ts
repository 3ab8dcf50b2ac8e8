/** Why the user landed on the login page, and where to go back to afterwards. */
export type LoginReason = 'expired' | 'idle' | 'loggedOut';

export interface LoginState {
  reason?: LoginReason;
  from?: string;
}

export function readLoginState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const { reason, from } = state as Record<string, unknown>;
  return {
    reason: reason === 'expired' || reason === 'idle' || reason === 'loggedOut' ? reason : undefined,
    // Only pages of the console: never an outside address.
    from: typeof from === 'string' && from.startsWith('/console') ? from : undefined,
  };
}
