import argon2 from 'argon2';
import type { Config } from '../../config.js';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Verify against a fixed hash, so an unknown username costs as much time as a known one. */
  burn(password: string): Promise<void>;
}

export function passwordHasher(config: Pick<Config, 'argon2MemoryKiB' | 'argon2TimeCost'>): PasswordHasher {
  const options = {
    type: argon2.argon2id,
    memoryCost: config.argon2MemoryKiB,
    timeCost: config.argon2TimeCost,
    parallelism: 1,
  } as const;
  let dummy: Promise<string> | null = null;
  return {
    hash: (password) => argon2.hash(password, options),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
    async burn(password) {
      dummy ??= argon2.hash('gongzhi-timing-equaliser', options);
      await argon2.verify(await dummy, password).catch(() => false);
    },
  };
}
