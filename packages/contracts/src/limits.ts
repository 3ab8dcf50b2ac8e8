export const LIMITS = {
  bodyBytes: 1_048_576,
  nameMax: 100,
  shortTextMax: 200,
  textMax: 2000,
  usernameMin: 3,
  usernameMax: 40,
  passwordMin: 8,
  passwordMax: 128,
  pageSizeMax: 100,
  searchMax: 50,
  loginMaxFailures: 5,
  lockoutMinutes: 15,
} as const;

/** Password policy (MLPS 2.0 identity controls): length and three of four character classes. */
export function passwordClasses(password: string): number {
  let n = 0;
  if (/[a-z]/.test(password)) n++;
  if (/[A-Z]/.test(password)) n++;
  if (/\d/.test(password)) n++;
  if (/[^A-Za-z0-9]/.test(password)) n++;
  return n;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= LIMITS.passwordMin && passwordClasses(password) >= 3;
}
