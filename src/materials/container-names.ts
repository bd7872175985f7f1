// Entry names inside the two container formats Office files use, read without decompressing or
// executing anything: the ZIP central directory (Office Open XML: .xlsx, .docx) and the directory
// of an OLE2 compound file (legacy .xls, .doc). Every offset is bounds-checked and every loop
// capped, since the bytes come from outside.

const u16 = (b: Uint8Array, at: number): number | undefined =>
  at >= 0 && at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : undefined;
const u32 = (b: Uint8Array, at: number): number | undefined =>
  at >= 0 && at + 4 <= b.length
    ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000
    : undefined;

const MAX_ENTRIES = 20_000;

/** Names in a ZIP's central directory, or undefined when the bytes are not a readable ZIP. */
export function zipEntryNames(b: Uint8Array): string[] | undefined {
  // End of central directory record: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= lowest; i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = u16(b, eocd + 10)!;
  let at = u32(b, eocd + 16)!;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < Math.min(count, MAX_ENTRIES); n++) {
    if (u32(b, at) !== 0x02014b50) return undefined;
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    if (nameLen === undefined || extraLen === undefined || commentLen === undefined) return undefined;
    if (at + 46 + nameLen > b.length) return undefined;
    names.push(decoder.decode(b.subarray(at + 46, at + 46 + nameLen)));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;

/** Names of the streams and storages in an OLE2 compound file, or undefined when it cannot be read. */
export function cfbEntryNames(b: Uint8Array): string[] | undefined {
  if (!CFB_SIGNATURE.every((v, i) => b[i] === v)) return undefined;
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const perSector = size / 4;
  const sectorAt = (id: number) => (id + 1) * size;

  // The FAT's own sectors: 109 in the header, then a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const id = u32(b, 0x4c + i * 4);
    if (id === undefined) return undefined;
    if (id < 0xfffffffa) fatSectors.push(id);
  }
  let difat = u32(b, 0x44)!;
  for (let guard = 0; difat < 0xfffffffa && guard < 10_000; guard++) {
    for (let i = 0; i < perSector - 1; i++) {
      const id = u32(b, sectorAt(difat) + i * 4);
      if (id === undefined) return undefined;
      if (id < 0xfffffffa) fatSectors.push(id);
    }
    difat = u32(b, sectorAt(difat) + (perSector - 1) * 4) ?? END_OF_CHAIN;
  }
  const nextSector = (id: number): number | undefined => {
    const fatSector = fatSectors[Math.floor(id / perSector)];
    return fatSector === undefined ? undefined : u32(b, sectorAt(fatSector) + (id % perSector) * 4);
  };

  const names: string[] = [];
  let sector = u32(b, 0x30)!;
  const visited = new Set<number>();
  while (sector !== END_OF_CHAIN) {
    if (visited.has(sector) || visited.size > MAX_ENTRIES || sectorAt(sector) + size > b.length)
      return undefined;
    visited.add(sector);
    for (let e = 0; e < size / 128; e++) {
      const at = sectorAt(sector) + e * 128;
      const len = u16(b, at + 0x40)!;
      const type = b[at + 0x42];
      if (type === 0 || len < 2 || len > 64) continue; // unused entry
      let name = '';
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, at + i)!);
      names.push(name);
    }
    const next = nextSector(sector);
    if (next === undefined) return undefined;
    sector = next;
  }
  return names;
}
