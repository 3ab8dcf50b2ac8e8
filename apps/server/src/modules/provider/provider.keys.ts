/**
 * Data-provider API keys: `gzk_<prefix>_<secret>`. The prefix (12 hex characters) identifies the key
 * in lists, logs and the rate limit; the secret is 32 random bytes. Only the SHA-256 of the whole
 * key is stored, so a key is shown once, when it is made.
 */
import { createHash, randomBytes } from 'node:crypto';
import { PROVIDER_KEY_PATTERN } from '@gongzhi/contracts';

export interface NewKey {
  key: string;
  prefix: string;
  hash: string;
}

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export function generateKey(): NewKey {
  const prefix = randomBytes(6).toString('hex');
  const key = `gzk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The key in an `Authorization: Bearer gzk_…` header, or null when there is none or it is malformed. */
export function presentedKey(authorization: string | undefined): { key: string; prefix: string } | null {
  if (!authorization) return null;
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization);
  const key = match?.[1];
  if (!key) return null;
  const parts = PROVIDER_KEY_PATTERN.exec(key);
  return parts?.[1] ? { key, prefix: parts[1] } : null;
}
