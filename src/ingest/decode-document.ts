import type { Issue } from '../schema/report'
import { binaryMagic, isControlCode, utf16ByNulPattern } from './byte-sniff'
import { IngestError } from './ingest-error'
import { warning } from './issues'
import { lineOfOffset, scanUtf8 } from './utf8-scan'
import { decodeWindows1252 } from './windows-1252'

export interface DecodedDocument {
  /** LF line endings, no BOM, no tabs, no control characters. */
  text: string
  issues: Issue[]
}

/**
 * More control characters than this share of the text means binary data:
 * a few strays (a DOS EOF mark, a form feed) are dropped with a warning.
 */
const BINARY_CONTROL_SHARE = 0.02

/** A tab in the indentation of a bullet counts as one indent step. */
const TAB_INDENT = '  '

/**
 * Bytes → text, or IngestError `binary` / `empty`. Tolerant by design: any
 * recoverable oddity (BOM, UTF-16, a legacy code page, CR line ends) is
 * decoded and reported as a warning, because losing a day's digest is worse
 * than publishing it with a note in the report.
 */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedDocument {
  if (bytes.length === 0)
    throw new IngestError({ file, line: 1 }, 'empty', 'expected text, found an empty file')
  const magic = binaryMagic(bytes)
  if (magic) {
    throw new IngestError({ file, line: 1 }, 'binary', `expected a text document, found ${magic}`)
  }
  const issues: Issue[] = []
  // The native decoder and one regex decide most documents: well-formed
  // UTF-8 with nothing to fix. The steps below walk every byte in JavaScript,
  // and each of their regexes is a pass of its own over the text.
  const strict = decodeStrictUtf8(bytes)
  const text =
    strict !== null && !NEEDS_WORK.test(strict)
      ? strict
      : normalise(decodeBytes(bytes, file, issues, strict), file, issues)
  if (!hasVisibleText(text)) {
    throw new IngestError({ file, line: 1 }, 'empty', 'expected text, found only whitespace')
  }
  return { text, issues }
}

/** `strict`: the bytes as well-formed UTF-8 (decodeStrictUtf8), null when they are not. */
function decodeBytes(
  bytes: Uint8Array,
  file: string,
  issues: Issue[],
  strict: string | null,
): string {
  const at = { file, line: 1 }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    issues.push(warning(at, 'bom', 'removed a UTF-8 byte-order mark'))
    // The mark decodes to one U+FEFF, which the strict decoder keeps.
    return decodeUtf8OrLegacy(bytes.subarray(3), file, issues, strict?.slice(1) ?? null)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    issues.push(warning(at, 'utf-16', 'decoded as UTF-16 (little-endian byte-order mark)'))
    return decodeUtf16(bytes.subarray(2), 'utf-16le')
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    issues.push(warning(at, 'utf-16', 'decoded as UTF-16 (big-endian byte-order mark)'))
    return decodeUtf16(bytes.subarray(2), 'utf-16be')
  }
  const order = utf16ByNulPattern(bytes)
  if (order) {
    issues.push(
      warning(
        at,
        'utf-16',
        `decoded as ${order.toUpperCase()} (no byte-order mark; told by its NUL bytes)`,
      ),
    )
    return decodeUtf16(bytes, order)
  }
  return decodeUtf8OrLegacy(bytes, file, issues, strict)
}

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  // Swap big-endian pairs by hand rather than rely on the ICU build having 'utf-16be'.
  let le = bytes
  if (order === 'utf-16be') {
    le = new Uint8Array(bytes.length & ~1)
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      le[i] = bytes[i + 1] ?? 0
      le[i + 1] = bytes[i] ?? 0
    }
  }
  // ignoreBOM: a second BOM after the one we consumed is content, not a marker.
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(le)
}

/**
 * Invalid UTF-8 has two usual causes, told apart by whether the file also
 * holds well-formed multi-byte sequences:
 * - none: a legacy single-byte file (Windows-1252 / Latin-1, e.g. "café"
 *   saved by an old editor). Decision: accept it, decoded as Windows-1252,
 *   with a warning naming the line of the first byte that is not UTF-8.
 * - some: a UTF-8 file with a damaged byte. Re-decoding all of it as
 *   Windows-1252 would garble every other character, so decode as UTF-8 and
 *   let U+FFFD mark the damage, again with a warning.
 */
function decodeUtf8OrLegacy(
  bytes: Uint8Array,
  file: string,
  issues: Issue[],
  strict: string | null,
): string {
  // Well-formed UTF-8 without a control byte (a CRLF file, say) needs none of
  // the loops below over every byte; the text is the same, since a control
  // byte decodes to its own character in UTF-8.
  if (strict !== null && !CONTROL_CODE.test(strict)) return strict
  rejectBinary(bytes, file)
  const scan = scanUtf8(bytes)
  if (scan.firstInvalid < 0) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const bad = bytes[scan.firstInvalid] ?? 0
  const at = { file, line: lineOfOffset(bytes, scan.firstInvalid) }
  const hex = `0x${bad.toString(16).toUpperCase().padStart(2, '0')}`
  if (scan.multiByte > 0) {
    issues.push(warning(at, 'invalid-utf8', `byte ${hex} is not valid UTF-8; replaced by U+FFFD`))
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  }
  issues.push(
    warning(at, 'legacy-encoding', `byte ${hex} is not UTF-8; decoded the file as Windows-1252`),
  )
  return decodeWindows1252(bytes)
}

/**
 * Whatever the checks and changes of decodeBytes and normalise are for: a
 * control code or form feed, CR, tab, a bidi control or zero-width
 * character, a byte-order mark.
 */
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
  /[\0-\x09\x0b-\x1f\x7f\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/

/** isControlCode as a character class. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const CONTROL_CODE = /[\0-\x08\x0b\x0e-\x1f\x7f]/
/**
 * After decoding, what is out of place in text: isControlCode, and a form
 * feed too.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its job
const STRAY_CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text, or null when the bytes are not well-formed UTF-8. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes)
  } catch {
    return null
  }
}

function rejectBinary(bytes: Uint8Array, file: string): void {
  let controls = 0
  let firstControl = -1
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0
    if (b === 0) {
      throw new IngestError(
        { file, line: lineOfOffset(bytes, i) },
        'binary',
        'expected text, found a NUL byte (binary data)',
      )
    }
    if (isControlCode(b)) {
      controls++
      if (firstControl < 0) firstControl = i
    }
  }
  if (controls > bytes.length * BINARY_CONTROL_SHARE) {
    throw new IngestError(
      { file, line: lineOfOffset(bytes, firstControl) },
      'binary',
      `expected text, found ${controls} control bytes (binary data)`,
    )
  }
}

function normalise(decoded: string, file: string, issues: Issue[]): string {
  // Most documents have LF line ends and no tabs: one indexOf each skips the
  // regex passes below, of which the indent one called back for every bullet.
  let text = decoded
  if (text.includes('\r')) {
    const loneCr = text.search(/\r(?!\n)/)
    if (loneCr >= 0) {
      const line = countLines(text, loneCr)
      issues.push(warning({ file, line }, 'line-endings', 'converted CR line endings to LF'))
    }
    // CRLF is an ordinary Windows file: converted silently.
    text = text.replace(/\r\n?/g, '\n')
  }
  if (text.includes('\t')) {
    text = text
      .replace(/^[ \t]+/gm, (indent) => indent.replace(/\t/g, TAB_INDENT))
      .replace(/\t/g, ' ')
  }
  text = stripInvisible(text, file, issues)
  const firstControl = text.search(STRAY_CONTROL)
  if (firstControl < 0) return text
  // Each stray control is one UTF-16 unit: the count is what the removal took,
  // without an array of every match (a binary file can have millions).
  const kept = text.replace(STRAY_CONTROL, '')
  const controls = text.length - kept.length
  const line = countLines(text, firstControl)
  if (controls > text.length * BINARY_CONTROL_SHARE || text.includes('\0')) {
    throw new IngestError(
      { file, line },
      'binary',
      `expected text, found ${controls} control characters (binary data)`,
    )
  }
  issues.push(
    warning({ file, line }, 'control-characters', `removed ${controls} control characters`),
  )
  return kept
}

/**
 * Bidi embeddings, overrides and isolates can make text read differently from
 * what it says ("gnp.exe" shown as "exe.png"), and zero-width spaces hide
 * inside words; a reader should see what the document says. They are removed
 * with a warning. ZWJ and ZWNJ stay: emoji sequences and some scripts need them.
 */
const HIDDEN_FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g

function stripInvisible(text: string, file: string, issues: Issue[]): string {
  const first = text.search(HIDDEN_FORMATTING)
  if (first < 0) return text
  const count = text.match(HIDDEN_FORMATTING)?.length ?? 0
  issues.push(
    warning(
      { file, line: countLines(text, first) },
      'invisible-characters',
      `removed ${count} bidi control or zero-width characters`,
    ),
  )
  return text.replace(HIDDEN_FORMATTING, '')
}

/** 1-based line of a position in text with any line endings. */
function countLines(text: string, end: number): number {
  let line = 1
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++
  }
  return line
}

const INVISIBLE: ReadonlySet<string> = new Set(['\u200b', '\u200c', '\u200d', '\ufeff'])

/** Anything but whitespace and zero-width characters (stops at the first). */
function hasVisibleText(text: string): boolean {
  for (const m of text.matchAll(/\S/g)) if (!INVISIBLE.has(m[0])) return true
  return false
}
