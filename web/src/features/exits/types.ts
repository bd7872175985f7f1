// The answers of src/http/routes/exits.routes.ts: an exit as the public notice lists it, and a re-entry bar
// as the authorities' register shows it.
export interface ExitNotice {
  id: string;
  institutionName: string;
  branchName: string | null;
  kind: 'lapse' | 'voluntary' | 'ordered_termination' | 'revocation';
  scope: 'institution' | 'programmes' | 'occupations';
  institutionExited: boolean;
  programmes: { seq: number; name: string }[];
  occupations: { occupationCode: string; occupationName: string; level: number }[];
  terminatedOn: string;
  effective: boolean;
  authority: { id: string; name: string };
  reason: string;
  entries: { id: string; filingCode: string }[];
  documents: {
    id: string;
    kind: string;
    kind_zh: string;
    kind_en: string;
    number: string;
    title: string;
    issuedOn: string;
  }[];
}

export interface ReentryBar {
  id: string;
  exitId: string;
  institutionId: string;
  institutionName: string;
  uscc: string;
  legalRepresentative: string;
  kind: 'voluntary' | 'revocation';
  decidedOn: string;
  lastBarredDay: string;
  level: 'organisation' | 'certificate';
  inForce: boolean;
  exit: { route: string; regime: string; caseId: string | null; authorityId: string; authorityName: string };
  clearances: {
    institutionId: string;
    institutionName: string;
    legalRepresentative: string;
    reason: string;
    recordedAt: string;
  }[];
}

/** GET /reentry-bars/:id/name-matches: an institution the bar reaches by its legal representative's name. */
export interface NameMatch {
  institutionId: string;
  institutionName: string;
  uscc: string;
  legalRepresentative: string;
  cleared: boolean;
}
