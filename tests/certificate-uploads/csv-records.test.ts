// The CSV reader of the upload (csv-records.ts): plain lines split at their commas, the rest through
// csv-parse — the records must be exactly csv-parse's over the whole file, however the file is cut into
// stored pieces (a piece may end inside a character, between '\r' and '\n', or inside a quoted field).
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvFormatError, csvRecords } from '../../src/use-cases/certificate-uploads/csv-records.js';

async function read(bytes: Buffer, pieceSize: number): Promise<string[][]> {
  async function* pieces() {
    for (let o = 0; o < bytes.length; o += pieceSize) yield bytes.subarray(o, o + pieceSize);
  }
  const out: string[][] = [];
  for await (const run of csvRecords(pieces())) out.push(...run);
  return out;
}

const csvParse = (bytes: Buffer): string[][] =>
  parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false });

const HEADER = '证书编号,姓名,证件类型,证件号码,职业（工种）代码,等级,发证日期';
const plain = (n: number, from = 0) =>
  Array.from(
    { length: n },
    (_, i) =>
      `S00005200010124300${String(from + i).padStart(4, '0')},张${i}三,居民身份证,52010219800101${i},4-04-05-01,3,2024-06-30`,
  );

const FILES: Record<string, string> = {
  'LF, a line break at the end': [HEADER, ...plain(300)].join('\n') + '\n',
  'LF, none at the end': [HEADER, ...plain(300)].join('\n'),
  'CRLF with a byte-order mark': '\ufeff' + [HEADER, ...plain(300)].join('\r\n') + '\r\n',
  'CRLF, none at the end': [HEADER, ...plain(300)].join('\r\n'),
  'empty lines between and at the end': [HEADER, '', ...plain(100), '', '', ...plain(100, 100), '', ''].join(
    '\n',
  ),
  'a quoted field with a comma and a line break after 200 plain lines': [
    HEADER,
    ...plain(200),
    'S000052000101243009999,"李,四","驾驶证\n第二行",x,4-04-05-01,3,2024-06-30',
    ...plain(100, 300),
  ].join('\n'),
  'quotes in the header': ['"证书编号",姓名,"证件类型"', ...plain(50)].join('\r\n'),
  'a carriage return inside an LF line': [HEADER, ...plain(100), 'a,b\rc,d', ...plain(10)].join('\n'),
  'a bare LF inside a CRLF file': [HEADER, ...plain(100), 'a,b\nc,d', ...plain(10)].join('\r\n'),
  'CR line endings (old Mac)': [HEADER, ...plain(100)].join('\r'),
  'rows of different lengths and empty cells': [HEADER, 'a', 'a,b,,,,,,,,', ',,,', ...plain(5)].join('\n'),
  'one line only': HEADER,
  'empty file': '',
};

describe('csvRecords reads a file exactly as csv-parse does', () => {
  for (const [name, text] of Object.entries(FILES)) {
    it(name, async () => {
      const bytes = Buffer.from(text, 'utf8');
      const expected = csvParse(bytes);
      // Pieces of 1 byte (inside every character), 7 bytes, 1 KiB and the whole file.
      for (const size of [1, 7, 1024, Math.max(1, bytes.length)])
        expect(await read(bytes, size), `pieces of ${size}`).toEqual(expected);
    });
  }
});

describe('a file csv-parse cannot read', () => {
  it('names the line where the quote was left open, counting the plain lines before it', async () => {
    const text = [HEADER, ...plain(500), 'S000052000101243009999,"李四,x', ...plain(3)].join('\n');
    for (const size of [64, 1024 * 1024]) {
      const err = await read(Buffer.from(text), size).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CsvFormatError);
      expect((err as Error).message).toMatch(/^CSV 文件第 \d+ 行无法解析：引号没有闭合$/);
    }
  });

  it('names the line of a quote in the middle of a field', async () => {
    const text = [HEADER, ...plain(40), 'S000052000101243009999,李"四,x'].join('\n');
    const err = await read(Buffer.from(text), 100).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'CSV 文件第 42 行无法解析：字段中间出现引号（含引号的字段应整体用引号括起，内部引号写两次）',
    );
  });
});
