import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite trap 1: two processes opening one data directory corrupt it silently.
 * An exclusive lock file holds the owner's pid; a live holder makes a second open fail.
 */
export class DataDirectoryLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Gongzhi process (pid ${holderPid}). ` +
        'Stop that process first, or use DATABASE_URL to share a PostgreSQL server between processes.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'gongzhi.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new DataDirectoryLockedError(dataDir, holder);
      }
      if (holder === process.pid) throw new DataDirectoryLockedError(dataDir, holder);
      fs.unlinkSync(lockPath); // stale lock of a process that is gone
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
