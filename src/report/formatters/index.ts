import { codeframe } from './codeframe.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, codeframe, json, github, sarif, junit };

export type { FormatContext, Formatter } from './types.js';
