/**
 * Bytes to text: the one function that decides how a file's bytes are read,
 * used by the command line and by the page alike.
 *
 * - A byte order mark decides first (UTF-8, UTF-16LE, UTF-16BE); UTF-16
 *   without one is told by its zero bytes, as XML's own rules do.
 * - Otherwise an XML declaration's encoding is used ("ISO-8859-1",
 *   "windows-1252"...); one this environment cannot decode is refused.
 * - Everything else is UTF-8 (JSON must be; CSV usually is). Bytes that are
 *   not UTF-8 become U+FFFD, each reported (up to {@link SHOWN}) with its
 *   line and column, so that nothing changes silently.
 */
import { LineIndex } from '../../model/text-position';
import type { ImportIssue } from './types';

export interface DecodedText {
  text: string;
  /** "UTF-8", "UTF-16LE", "UTF-16BE", or the label an XML declaration gave. */
  encoding: string;
  /** Undecodable bytes (warnings), or an encoding that cannot be read (an error). */
  issues: ImportIssue[];
}

/** Undecodable places reported one by one; the rest are counted. */
const SHOWN = 10;

const HINT = 'save the file as UTF-8 (or, for XML, declare its encoding)';

function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (bytes.length < 4) return undefined;
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  return undefined;
}

/** The encoding named by an XML declaration at the start of 8-bit text, with its offset. */
function declaredEncoding(bytes: Uint8Array): { label: string; offset: number } | undefined {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let head = '';
  for (let i = start; i < Math.min(bytes.length, start + 256); i++)
    head += String.fromCharCode(bytes[i] as number);
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
  if (!match) return undefined;
  return { label: match[2] as string, offset: match[0].length - (match[2] as string).length - 1 };
}

/**
 * The maximal invalid subparts of UTF-8 bytes (as the Encoding standard
 * counts them, one replacement character each): [start, length] pairs.
 */
export function invalidUtf8(bytes: Uint8Array): Array<[number, number]> {
  const bad: Array<[number, number]> = [];
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    if (need === 0) {
      bad.push([i, 1]);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      const [min, max] = j === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) break;
    }
    if (j <= need) {
      bad.push([i, j]);
      i += j;
    } else i += need + 1;
  }
  return bad;
}

/** UTF-8 with each invalid subpart replaced by U+FFFD and reported where it stands in the text. */
function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'UTF-8', issues: [] };
  } catch {
    // Some bytes are not UTF-8: find and report them.
  }
  // Each valid stretch is decoded on its own, so a mark inside one must not be taken for a BOM.
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const bad = invalidUtf8(bytes);
  const parts: string[] = [];
  const offsets: number[] = [];
  let length = 0;
  let from = 0;
  for (const [start, size] of bad) {
    const part = strict.decode(bytes.subarray(from, start));
    parts.push(part, '\uFFFD');
    length += part.length;
    offsets.push(length);
    length += 1;
    from = start + size;
  }
  parts.push(strict.decode(bytes.subarray(from)));
  let text = parts.join('');
  let shift = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    shift = 1;
  }
  const lines = new LineIndex(text);
  const issues: ImportIssue[] = bad.slice(0, SHOWN).map(([start, size], index) => {
    const shown = [...bytes.subarray(start, start + size)]
      .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(' ');
    return {
      category: 'encoding',
      severity: 'warning',
      message: `${size === 1 ? 'the byte' : 'the bytes'} ${shown} (byte ${start + 1} of the file) cannot be read as UTF-8 and ${size === 1 ? 'is' : 'are'} shown as "\uFFFD": ${HINT}`,
      ...lines.at((offsets[index] as number) - shift),
    };
  });
  if (bad.length > SHOWN) {
    issues.push({
      category: 'encoding',
      severity: 'warning',
      message: `${bad.length} places in all cannot be read as UTF-8 (the first ${SHOWN} are listed): ${HINT}`,
    });
  }
  return { text, encoding: 'UTF-8', issues };
}

function decodeWith(bytes: Uint8Array, label: string, name: string): DecodedText {
  try {
    return {
      text: new TextDecoder(label, { fatal: true }).decode(bytes),
      encoding: name,
      issues: [],
    };
  } catch {
    // Unpaired surrogates, an odd last byte: decoded with replacements, and said so.
  }
  const text = new TextDecoder(label).decode(bytes);
  const first = text.indexOf('\uFFFD');
  return {
    text,
    encoding: name,
    issues: [
      {
        category: 'encoding',
        severity: 'warning',
        message: `some bytes cannot be read as ${name} and are shown as "\uFFFD" (the first here): ${HINT}`,
        ...(first === -1 ? {} : new LineIndex(text).at(first)),
      },
    ],
  };
}

/** Reads a file's bytes as text, in the encoding they declare or show (see above). */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16) return decodeWith(bytes, utf16, utf16.toUpperCase());
  const declared = declaredEncoding(bytes);
  const label = declared?.label.toLowerCase();
  if (!declared || label === undefined || /^(utf-?8|us-ascii|ascii|utf-?16(le|be)?)$/.test(label))
    return decodeUtf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return {
      text: '',
      encoding: declared.label,
      issues: [
        {
          category: 'refused',
          severity: 'error',
          message: `the XML declaration names the encoding "${declared.label}", which diplomap cannot read: save the file as UTF-8`,
          line: 1,
          column: declared.offset + 1,
        },
      ],
    };
  }
  return { text: decoder.decode(bytes), encoding: declared.label.toUpperCase(), issues: [] };
}
