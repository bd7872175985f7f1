// Login names as the lockout counts them: Unicode-normalised (NFKC), trimmed and lower-cased, so that
// `Admin ` and `admin` share one failure counter. Unknown names are counted under a keyed hash of this
// form (never the name itself), with a prefix that keeps the hash apart from document-number indexes.
export function normaliseLoginName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

export const loginNameHashInput = (name: string): string => `login-name:${normaliseLoginName(name)}`;
