import type { Lang, LocalizedText } from './messages.js';

/** A problem with how powercat was called (exit code 2), as opposed to findings in the catalogue. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The message in every language; without it, `message` is all there is. */
  readonly text: LocalizedText | undefined;

  constructor(message: string | LocalizedText) {
    super(typeof message === 'string' ? message : message.en);
    this.text = typeof message === 'string' ? undefined : message;
  }

  /** What the user reads, in their language where the message has one. */
  in(lang: Lang): string {
    return this.text?.[lang] ?? this.message;
  }
}
