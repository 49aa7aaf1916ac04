/**
 * A small RFC 4180 reader (quoted fields, CRLF and the CR CR LF some Windows tools write), linear in
 * the text: unquoted fields are sliced, not built a character at a time.
 */
/** The rows one at a time: a long CSV is never held as one array of rows. */
export function* csvRows(text: string): Generator<string[]> {
  const rows: string[][] = [];
  let row: string[] = [];
  const length = text.length;
  let i = 0;
  const endRow = () => {
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < length) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      // quoted: "" is a quote; runs between quotes are sliced
      const parts: string[] = [];
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          parts.push(text.slice(from));
          i = length;
          break;
        }
        parts.push(text.slice(from, quote));
        if (text.charCodeAt(quote + 1) === 34) {
          parts.push('"');
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      field = parts.join('');
      // anything after the closing quote up to the separator belongs to the field (lenient)
      let end = i;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      if (end > i) field += text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= length) break;
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      if (i >= length) row.push('');
      continue;
    }
    // a line break: LF, CRLF, CR CR LF or a lone CR
    if (c === 13) {
      i++;
      while (text.charCodeAt(i) === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
    } else i++;
    endRow();
    if (rows.length > 0) yield rows.pop()!;
  }
  if (row.length > 0) yield row;
}
