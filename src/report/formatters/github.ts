import { visible } from '../terminal-text.js';
import type { Formatter } from './types.js';

// GitHub Actions workflow commands: values escape %, CR, LF; properties also escape : and ,.
// Catalogue text is made `visible` first, so it holds no line break or ESC to escape or obey.
const escapeData = (s: string) => visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`, one line per finding. */
export const github: Formatter = ({ diagnostics }) =>
  diagnostics
    .map((d) => {
      const related = d.related.map((r) => ` (${r.file}:${r.line}:${r.column} ${r.message})`).join('');
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.rule)}`,
      ].join(',');
      return `::${d.severity} ${properties}::${escapeData(d.message + related)}\n`;
    })
    .join('');
