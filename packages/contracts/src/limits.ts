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

// ---------------------------------------------------------------- consumer complaints (no schemas here: the portal imports these)
/** Upper bounds on what the public intake takes. */
export const COMPLAINT_LIMITS = {
  factsMin: 10,
  factsMax: 5000,
  requestMax: 2000,
  attachmentsMax: 5,
  /** Decoded bytes per attachment. */
  attachmentBytesMax: 5 * 1024 * 1024,
  /** Base64 characters per attachment (4/3 of the bytes, rounded up to whole quads). */
  attachmentBase64Max: Math.ceil((5 * 1024 * 1024) / 3) * 4,
  attachmentMediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
} as const;

/** Mobile 1[3-9]xxxxxxxxx or landline 0xx(x)-xxxxxxx(x), spaces and dashes allowed. */
export const PHONE_PATTERN = '^\\s*(1[3-9]\\d{9}|0\\d{2,3}[-\\s]?\\d{7,8})\\s*$';
