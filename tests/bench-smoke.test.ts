// The upload and verification benchmarks still run (brief: benchmarks stay out of CI except a small smoke run). 2,000
// rows on embedded PGlite: the whole path registers every good row the COPY baseline loads, refuses the
// planted wrong ones, and prints its line. Nothing here is timed.
import { afterEach, describe, expect, it } from 'vitest';
import { benchUploads } from '../bench/upload.js';
import { benchVerification } from '../bench/verify.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('npm run bench (smoke)', () => {
  it('runs the certificate upload against raw COPY on 2,000 rows', async () => {
    process.env.BENCH_UPLOAD_ROWS = '2000';
    delete process.env.BENCH_DATABASE_URL;
    delete process.env.BENCH_UPLOAD_PGLITE;
    const [r] = await benchUploads();
    expect(r!.database).toBe('PGlite');
    expect(r!.rejected).toBe(2); // one row in a thousand carries a level its number does not
    expect(r!.accepted).toBe(1998);
    expect(r!.ratio).toBeGreaterThan(0);
  }, 120_000);

  it('runs the public verification against a bare route on 2,000 certificates, and a batch of 1,000', async () => {
    process.env.BENCH_VERIFY_ROWS = '2000';
    process.env.BENCH_VERIFY_SECONDS = '1';
    delete process.env.BENCH_DATABASE_URL;
    delete process.env.BENCH_VERIFY_PGLITE;
    const [r] = await benchVerification();
    expect(r!.database).toBe('PGlite');
    expect(r!.ours.errors).toBe(0);
    expect(r!.bare.errors).toBe(0);
    expect(r!.ours.rps).toBeGreaterThan(0);
    expect(r!.batchMs).toBeGreaterThan(0);
  }, 120_000);
});
