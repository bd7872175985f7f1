// Entry of the upload's worker thread (checked-batches.ts): the compiled upload-worker.js beside this
// file when the server runs compiled (npm start), else the TypeScript source through tsx (npm run dev,
// the tests, the bench) — a worker does not inherit the loader its parent was started with.
import { existsSync } from 'node:fs';

const compiled = new URL('./upload-worker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./upload-worker.ts', import.meta.url).href);
}
