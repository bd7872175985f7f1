// An uploaded file's name is kept only as a label (bytes are stored by hash, never by name), but it
// is shown on screens and sent back in Content-Disposition: strip paths, control and reserved
// characters, bidi overrides, leading dots and over-long names; keep Chinese as it is.

const MAX_LENGTH = 120;

// Control characters, the characters Windows reserves in file names, and Unicode bidi controls
// (which can disguise "fdp.exe" as "exe.pdf").
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitiseFileName(raw: string, fallback = '文件'): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').trim();
  if (name === '' || /^_+$/.test(name)) name = fallback;
  const chars = [...name];
  if (chars.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? [...name.slice(dot)] : [];
    const keep = ext.length > 0 && ext.length <= 10 ? ext : [];
    name = chars.slice(0, MAX_LENGTH - keep.length).join('') + keep.join('');
  }
  return name;
}

/** Lower-case extension without the dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
