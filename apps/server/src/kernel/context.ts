import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

/** What every module gets: the database and the configuration. No other shared state. */
export interface AppContext {
  database: Database;
  config: Config;
}
