#!/usr/bin/env node
// Runs the TypeScript server directly (tsx), so `npm install && npm start` needs no build step for the API.
import { register } from 'tsx/esm/api';

register();
await import('../apps/server/src/main.ts');
