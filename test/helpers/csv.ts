/** A strict RFC 4180 reader: records end with CRLF; a bare CR or LF outside quotes is an error. */
export function parseCsv(source: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < source.length) {
    let cell = '';
    if (source[i] === '"') {
      i++;
      for (;;) {
        if (i >= source.length) throw new Error('unterminated quote');
        if (source[i] === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += source[i++];
      }
    } else {
      while (i < source.length && !',\r\n"'.includes(source[i]!)) cell += source[i++];
      if (source[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    }
    record.push(cell);
    if (source[i] === ',') i++;
    else if (source.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(source[i])}`);
  }
  if (record.length > 0) throw new Error('last record without CRLF');
  return records;
}
