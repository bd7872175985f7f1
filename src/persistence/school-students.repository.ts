// A school's student register 学籍名册 (gz-rules §5(1); issue 11 point 2): SQL only. One row per student
// of a school, keyed by the hash of the document number; the import updates a row in place.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import { isoTime } from './paging.js';

export interface StudentFacts {
  fullTime: boolean;
  graduationYear: number;
  allCoursesCompleted: boolean;
}

/** The school's record of the student with one of these hashes, or undefined (not its student). */
export async function studentOf(
  db: Kysely<DB>,
  institutionId: string,
  hmacs: string[],
): Promise<StudentFacts | undefined> {
  const r = await db
    .selectFrom('school_students')
    .select(['full_time', 'graduation_year', 'all_courses_completed'])
    .where('institution_id', '=', institutionId)
    .where('doc_hmac', 'in', hmacs)
    .executeTakeFirst();
  return r
    ? {
        fullTime: r.full_time,
        graduationYear: r.graduation_year,
        allCoursesCompleted: r.all_courses_completed,
      }
    : undefined;
}

export interface StudentRow extends StudentFacts {
  institutionId: string;
  name: string;
  docType: string;
  docEnc: string;
  docHmac: string;
  docMasked: string;
  updatedBy: string | null;
}

/** Inserts or updates (same school, same document): 'inserted', 'updated' or 'unchanged'. */
export async function upsertStudent(
  trx: Transaction<DB>,
  id: string,
  v: StudentRow,
): Promise<{ outcome: 'inserted' | 'updated' | 'unchanged'; id: string }> {
  const before = await trx
    .selectFrom('school_students')
    .select(['id', 'name', 'full_time', 'graduation_year', 'all_courses_completed'])
    .where('institution_id', '=', v.institutionId)
    .where('doc_hmac', '=', v.docHmac)
    .executeTakeFirst();
  if (!before) {
    await trx
      .insertInto('school_students')
      .values({
        id,
        institution_id: v.institutionId,
        name: v.name,
        doc_type: v.docType,
        doc_enc: v.docEnc,
        doc_hmac: v.docHmac,
        doc_masked: v.docMasked,
        full_time: v.fullTime,
        graduation_year: v.graduationYear,
        all_courses_completed: v.allCoursesCompleted,
        updated_by: v.updatedBy,
      })
      .execute();
    return { outcome: 'inserted', id };
  }
  if (
    before.name === v.name &&
    before.full_time === v.fullTime &&
    before.graduation_year === v.graduationYear &&
    before.all_courses_completed === v.allCoursesCompleted
  )
    return { outcome: 'unchanged', id: before.id };
  await trx
    .updateTable('school_students')
    .set({
      name: v.name,
      full_time: v.fullTime,
      graduation_year: v.graduationYear,
      all_courses_completed: v.allCoursesCompleted,
      updated_by: v.updatedBy,
      updated_at: sql`now()`,
    })
    .where('id', '=', before.id)
    .execute();
  return { outcome: 'updated', id: before.id };
}

export interface StudentRecord extends StudentFacts {
  id: string;
  name: string;
  docType: string;
  docMasked: string;
  updatedAt: string;
}

export async function listStudents(db: Kysely<DB>, institutionId: string): Promise<StudentRecord[]> {
  const rows = await db
    .selectFrom('school_students')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .orderBy('graduation_year')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    docType: r.doc_type,
    docMasked: r.doc_masked,
    fullTime: r.full_time,
    graduationYear: r.graduation_year,
    allCoursesCompleted: r.all_courses_completed,
    updatedAt: isoTime(r.updated_at),
  }));
}
