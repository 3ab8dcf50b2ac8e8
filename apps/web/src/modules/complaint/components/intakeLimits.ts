/**
 * The public intake's limits: the same values as the contracts' `COMPLAINT_LIMITS` and
 * `PHONE_PATTERN` (a unit test keeps them equal). They are repeated here because those two live in
 * `complaint.dto.ts`, which builds TypeBox schemas when loaded: importing a value from it would put
 * TypeBox into the portal's intake page. Once they move to a schema-free contracts module, import them.
 */
export const INTAKE_LIMITS = {
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
export const INTAKE_PHONE_PATTERN = '^\\s*(1[3-9]\\d{9}|0\\d{2,3}[-\\s]?\\d{7,8})\\s*$';
