import { describe, expect, it } from 'vitest'
import { decodeDocument } from './decode-document'
import { IngestError } from './ingest-error'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (order === 'le') bytes.push(c & 0xff, c >> 8)
    else bytes.push(c >> 8, c & 0xff)
  }
  return new Uint8Array(bytes)
}

function thrown(fn: () => unknown): IngestError {
  try {
    fn()
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('expected an IngestError')
}

describe('decodeDocument', () => {
  it('decodes plain UTF-8 without issues', () => {
    expect(decodeDocument(utf8('Hello ’ • 🌍\n'), 'a.txt')).toEqual({
      text: 'Hello ’ • 🌍\n',
      issues: [],
    })
  })

  it('rejects an empty file', () => {
    expect(thrown(() => decodeDocument(new Uint8Array(), 'a.txt'))).toMatchObject({
      code: 'empty',
      file: 'a.txt',
      line: 1,
    })
  })

  it('rejects a whitespace-only file', () => {
    expect(thrown(() => decodeDocument(utf8(' \n\t\r\n  \u00a0\n'), 'a.txt'))).toMatchObject({
      code: 'empty',
      line: 1,
    })
  })

  it('rejects a PNG image by its magic bytes', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ])
    const error = thrown(() => decodeDocument(png, 'x.png'))
    expect(error).toMatchObject({ code: 'binary', line: 1 })
    expect(error.message).toContain('PNG')
  })

  it('rejects NUL bytes, naming their line', () => {
    expect(thrown(() => decodeDocument(utf8('one\ntwo\nthr\0ee'), 'a.txt'))).toMatchObject({
      code: 'binary',
      line: 3,
    })
  })

  it('rejects text full of control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 5 === 0 ? 0x01 : 0x61))
    expect(thrown(() => decodeDocument(bytes, 'a.txt'))).toMatchObject({ code: 'binary', line: 1 })
  })

  it('drops a few stray control characters with a warning', () => {
    const { text, issues } = decodeDocument(utf8(`${'word '.repeat(40)}\nline\x1a two\n`), 'a.txt')
    expect(text).toBe(`${'word '.repeat(40)}\nline two\n`)
    expect(issues).toMatchObject([{ code: 'control-characters', line: 2, severity: 'warning' }])
  })

  // Each control code, alone in well-formed UTF-8: the fast path (the native
  // decoder and a character class) must send every one to the checks above.
  it('finds every C0 control and DEL but tab, LF and CR, a form feed included', () => {
    const kept = new Set([0x09, 0x0a, 0x0d])
    for (let c = 0; c < 0x80; c++) {
      if (c >= 0x20 && c !== 0x7f) continue
      if (kept.has(c)) continue
      const source = `${'word '.repeat(40)}\nline${String.fromCharCode(c)} two\n`
      const outcome = c === 0 ? thrown(() => decodeDocument(utf8(source), 'a.txt')) : null
      if (outcome) expect(outcome).toMatchObject({ code: 'binary', line: 2 })
      else
        expect(decodeDocument(utf8(source), 'a.txt').issues, `U+${c.toString(16)}`).toMatchObject([
          { code: 'control-characters', line: 2 },
        ])
    }
  })

  it('finds each bidi control and zero-width character alone in well-formed text', () => {
    const hidden = [0x200b, 0x2060, 0xfeff, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e]
    hidden.push(0x2066, 0x2067, 0x2068, 0x2069)
    for (const c of hidden) {
      const source = `${'word '.repeat(40)}\nline${String.fromCharCode(c)} two\n`
      const { text, issues } = decodeDocument(utf8(source), 'a.txt')
      expect(text, `U+${c.toString(16)}`).toBe(`${'word '.repeat(40)}\nline two\n`)
      expect(issues).toMatchObject([{ code: 'invisible-characters', line: 2 }])
    }
  })

  it('converts CRLF silently', () => {
    expect(decodeDocument(utf8('a\r\nb\r\n'), 'a.txt')).toEqual({ text: 'a\nb\n', issues: [] })
  })

  it('converts lone CR with a warning at its line', () => {
    const { text, issues } = decodeDocument(utf8('a\nb\rc\rd'), 'a.txt')
    expect(text).toBe('a\nb\nc\nd')
    expect(issues).toMatchObject([{ code: 'line-endings', line: 2 }])
  })

  it('strips a UTF-8 BOM with a warning', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Digestly\n')])
    expect(decodeDocument(bytes, 'a.txt')).toMatchObject({
      text: 'Digestly\n',
      issues: [{ code: 'bom', line: 1 }],
    })
  })

  it.each([
    ['little-endian with BOM', 'le', true],
    ['big-endian with BOM', 'be', true],
    ['little-endian without BOM', 'le', false],
    ['big-endian without BOM', 'be', false],
  ] as const)('decodes UTF-16 %s', (_name, order, bom) => {
    const { text, issues } = decodeDocument(
      utf16('Digestly\nFeb 3, 2025 – Aren’t\n', order, bom),
      'a.txt',
    )
    expect(text).toBe('Digestly\nFeb 3, 2025 – Aren’t\n')
    expect(issues).toMatchObject([{ code: 'utf-16', line: 1, severity: 'warning' }])
  })

  it('decodes a Latin-1 / Windows-1252 file with a warning naming the first bad byte', () => {
    const bytes = new Uint8Array([
      ...utf8('Digestly\nCaf'),
      0xe9,
      ...utf8(' '),
      0x93,
      ...utf8('quoted'),
      0x94,
    ])
    const { text, issues } = decodeDocument(bytes, 'a.txt')
    expect(text).toBe('Digestly\nCafé “quoted”')
    expect(issues).toMatchObject([{ code: 'legacy-encoding', line: 2 }])
    expect(issues[0]?.message).toContain('0xE9')
  })

  it('keeps a UTF-8 file with one damaged byte as UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Caf\u00e9 ok\n'), 0xff, ...utf8(' ’\n')])
    const { text, issues } = decodeDocument(bytes, 'a.txt')
    expect(text).toBe('Café ok\n\ufffd ’\n')
    expect(issues).toMatchObject([{ code: 'invalid-utf8', line: 2 }])
  })

  it('turns tabs into spaces (indentation tabs into two)', () => {
    expect(decodeDocument(utf8('\t• a\tb\n'), 'a.txt').text).toBe('  • a b\n')
  })
})

describe('decodeDocument: invisible characters', () => {
  it('removes bidi overrides and zero-width spaces with a located warning, keeping ZWJ', () => {
    const text = 'Digestly\n\nFile \u202Egnp.exe and ze\u200Bro\n👨\u200D👩\u200D👧 family\n'
    const { text: out, issues } = decodeDocument(new TextEncoder().encode(text), 'x.txt')
    expect(out).toBe('Digestly\n\nFile gnp.exe and zero\n👨\u200D👩\u200D👧 family\n')
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invisible-characters', line: 3, severity: 'warning' }),
    ])
  })
})
