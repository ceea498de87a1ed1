import { readFileSync } from 'node:fs';

/** powercat's own version, from its package.json. */
export const POWERCAT_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
