// Small but structurally real sample files for the materials tests: a stored (uncompressed) ZIP as
// Office Open XML writes it, and a minimal OLE2 compound file as legacy Office writes it.
import { crc32 } from 'node:zlib';

export function zipOf(entries: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(data.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nameBytes.length, 26);
    local.push(lh, nameBytes, data);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(data.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nameBytes.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, cd, eocd]));
}

export const docxBytes = (extra: Record<string, string> = {}) =>
  zipOf({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': '<Relationships/>',
    'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>申请书</w:t></w:r></w:p></w:body></w:document>',
    ...extra,
  });

/** A compound file with a root entry and the given stream names (512-byte sectors: FAT, directory). */
export function compoundFileOf(streams: string[]): Uint8Array {
  const S = 512;
  const dirSectors = Math.ceil((streams.length + 1) / 4);
  const b = Buffer.alloc(S * (2 + dirSectors), 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 0x18);
  b.writeUInt16LE(3, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c);
  b.writeUInt16LE(9, 0x1e);
  b.writeUInt16LE(6, 0x20);
  b.writeUInt32LE(1, 0x2c); // one FAT sector
  b.writeUInt32LE(1, 0x30); // directory starts at sector 1
  b.writeUInt32LE(4096, 0x38);
  b.writeUInt32LE(0xfffffffe, 0x3c);
  b.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) b.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + i * 4);
  const fat = S; // sector 0
  for (let i = 0; i < S / 4; i++) b.writeUInt32LE(0xffffffff, fat + i * 4);
  b.writeUInt32LE(0xfffffffd, fat); // sector 0 is the FAT itself
  for (let d = 0; d < dirSectors; d++)
    b.writeUInt32LE(d === dirSectors - 1 ? 0xfffffffe : 2 + d, fat + (1 + d) * 4);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = S * 2 + i * 128;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(b, at);
    b.writeUInt16LE(utf16.length, at + 0x40);
    b[at + 0x42] = i === 0 ? 5 : 2;
  });
  return new Uint8Array(b);
}

export const pdfBytes = (body = '') =>
  new Uint8Array(
    Buffer.from(
      `%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${body}>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    ),
  );
export const pngBytes = () =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const jpegBytes = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
