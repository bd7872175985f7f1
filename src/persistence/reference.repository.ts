// Reference data: jurisdictions (GB/T 2260), skill levels, the occupation catalogue (职业分类大典)
// and which occupations have a national skill standard or a filed evaluation norm. SQL only.
import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  DB,
  JurisdictionsTable,
  OccupationStandardsTable,
  OccupationsTable,
  SubjectsByLevel,
} from './schema.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export interface JurisdictionRecord {
  code: string;
  name: string;
  level: JurisdictionsTable['level'];
  parentCode: string | null;
}

export async function listJurisdictions(
  db: Kysely<DB>,
  f: { level?: JurisdictionsTable['level'] | undefined; parentCode?: string | undefined },
): Promise<JurisdictionRecord[]> {
  const rows = await db
    .selectFrom('jurisdictions')
    .select(['code', 'name', 'level', 'parent_code'])
    .$if(!!f.level, (q) => q.where('level', '=', f.level!))
    .$if(!!f.parentCode, (q) => q.where('parent_code', '=', f.parentCode!))
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}

export async function findJurisdiction(
  db: Kysely<DB>,
  code: string,
): Promise<JurisdictionRecord | undefined> {
  const r = await db
    .selectFrom('jurisdictions')
    .select(['code', 'name', 'level', 'parent_code'])
    .where('code', '=', code)
    .executeTakeFirst();
  return r ? { code: r.code, name: r.name, level: r.level, parentCode: r.parent_code } : undefined;
}

export interface SkillLevelRecord {
  level: number;
  nameZh: string;
  titleZh: string;
  nameEn: string;
}

export async function listSkillLevels(db: Kysely<DB>): Promise<SkillLevelRecord[]> {
  const rows = await db.selectFrom('skill_levels').selectAll().orderBy('level').execute();
  return rows.map((r) => ({ level: r.level, nameZh: r.name_zh, titleZh: r.title_zh, nameEn: r.name_en }));
}

export interface OccupationRecord {
  code: string;
  name: string;
  majorCode: string;
  majorName: string;
  middleCode: string;
  middleName: string;
  minorCode: string;
  minorName: string;
  edition: string;
  /** Whether a national skill standard or a filed evaluation norm is recorded (mohrss-filing 二(六)). */
  hasStandard: boolean;
}

const hasStandard = sql<boolean>`exists (select 1 from occupation_standards s where s.occupation_code = o.code)`;

const toOccupation = (r: Selectable<OccupationsTable> & { has_standard: boolean }): OccupationRecord => ({
  code: r.code,
  name: r.name,
  majorCode: r.major_code,
  majorName: r.major_name,
  middleCode: r.middle_code,
  middleName: r.middle_name,
  minorCode: r.minor_code,
  minorName: r.minor_name,
  edition: r.edition,
  hasStandard: r.has_standard,
});

export async function listOccupations(
  db: Kysely<DB>,
  f: {
    q?: string | undefined;
    majorCode?: string | undefined;
    middleCode?: string | undefined;
    hasStandard?: boolean | undefined;
  },
  page: PageRequest,
): Promise<{ items: OccupationRecord[]; total: number }> {
  let q = db.selectFrom('occupations as o');
  if (f.q) {
    const q0 = f.q.trim();
    q = q.where((eb) =>
      eb.or([
        eb('o.name', 'ilike', containsPattern(q0)),
        eb('o.code', 'like', `${q0.replace(/[\\%_]/g, '')}%`),
      ]),
    );
  }
  if (f.majorCode) q = q.where('o.major_code', '=', f.majorCode);
  if (f.middleCode) q = q.where('o.middle_code', '=', f.middleCode);
  if (f.hasStandard !== undefined)
    q = q.where(f.hasStandard ? hasStandard : sql<boolean>`not ${hasStandard}`);
  const [rows, count] = await Promise.all([
    q
      .selectAll('o')
      .select(hasStandard.as('has_standard'))
      .orderBy('o.code')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toOccupation), total: Number(count.n) };
}

export async function findOccupation(db: Kysely<DB>, code: string): Promise<OccupationRecord | undefined> {
  const r = await db
    .selectFrom('occupations as o')
    .selectAll('o')
    .select(hasStandard.as('has_standard'))
    .where('o.code', '=', code)
    .executeTakeFirst();
  return r ? toOccupation(r) : undefined;
}

/** The codes among `codes` that are not in the catalogue. */
export async function missingOccupationCodes(db: Kysely<DB>, codes: string[]): Promise<string[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const found = await db.selectFrom('occupations').select('code').where('code', 'in', unique).execute();
  const known = new Set(found.map((r) => r.code));
  return unique.filter((c) => !known.has(c));
}

export type StandardKind = OccupationStandardsTable['kind'];

export interface OccupationStandardValues {
  occupationCode: string;
  kind: StandardKind;
  title: string;
  documentNo: string | null;
  issuedOn: string | null;
  notes: string | null;
  /** The subjects the standard prescribes per level (issue 11); null = not recorded. */
  subjectsByLevel: SubjectsByLevel | null;
}

export interface OccupationStandardRecord extends OccupationStandardValues {
  id: string;
  occupationName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const standards = (db: Kysely<DB>) =>
  db
    .selectFrom('occupation_standards as s')
    .innerJoin('occupations as o', 'o.code', 's.occupation_code')
    .selectAll('s')
    .select('o.name as occupation_name');

const toStandard = (
  r: Selectable<OccupationStandardsTable> & { occupation_name: string },
): OccupationStandardRecord => ({
  id: r.id,
  occupationCode: r.occupation_code,
  occupationName: r.occupation_name,
  kind: r.kind,
  title: r.title,
  documentNo: r.document_no,
  issuedOn: r.issued_on,
  notes: r.notes,
  subjectsByLevel: r.subjects_by_level ?? null,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

export async function listOccupationStandards(
  db: Kysely<DB>,
  f: { occupationCode?: string | undefined; kind?: StandardKind | undefined; q?: string | undefined },
  page: PageRequest,
): Promise<{ items: OccupationStandardRecord[]; total: number }> {
  let q = standards(db);
  if (f.occupationCode) q = q.where('s.occupation_code', '=', f.occupationCode);
  if (f.kind) q = q.where('s.kind', '=', f.kind);
  if (f.q)
    q = q.where((eb) =>
      eb.or([eb('s.title', 'ilike', containsPattern(f.q!)), eb('o.name', 'ilike', containsPattern(f.q!))]),
    );
  const [rows, count] = await Promise.all([
    q
      .orderBy('s.occupation_code')
      .orderBy('s.kind')
      .orderBy('s.id')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toStandard), total: Number(count.n) };
}

export async function findOccupationStandard(
  db: Kysely<DB>,
  id: string,
): Promise<OccupationStandardRecord | undefined> {
  const r = await standards(db).where('s.id', '=', id).executeTakeFirst();
  return r ? toStandard(r) : undefined;
}

export async function insertOccupationStandard(
  db: Kysely<DB>,
  id: string,
  v: OccupationStandardValues,
): Promise<void> {
  await db
    .insertInto('occupation_standards')
    .values({
      id,
      occupation_code: v.occupationCode,
      kind: v.kind,
      title: v.title,
      document_no: v.documentNo,
      issued_on: v.issuedOn,
      notes: v.notes,
      subjects_by_level: v.subjectsByLevel === null ? null : JSON.stringify(v.subjectsByLevel),
    })
    .execute();
}

export async function updateOccupationStandard(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<OccupationStandardValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('occupation_standards')
    .set({
      ...(v.occupationCode !== undefined ? { occupation_code: v.occupationCode } : {}),
      ...(v.kind !== undefined ? { kind: v.kind } : {}),
      ...(v.title !== undefined ? { title: v.title } : {}),
      ...(v.documentNo !== undefined ? { document_no: v.documentNo } : {}),
      ...(v.issuedOn !== undefined ? { issued_on: v.issuedOn } : {}),
      ...(v.notes !== undefined ? { notes: v.notes } : {}),
      ...(v.subjectsByLevel !== undefined
        ? { subjects_by_level: v.subjectsByLevel === null ? null : JSON.stringify(v.subjectsByLevel) }
        : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
