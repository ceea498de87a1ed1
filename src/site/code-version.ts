import { codeVersion as ownCode } from '../util/code-version.js';

/** A fingerprint of powercat's own code and site assets: a page built by another version of the templates is never reused. */
export function codeVersion(): string {
  return ownCode(new URL('../../site-assets/', import.meta.url));
}
