// Vite turns a `?worker` import into a Worker constructor (a separate file of this origin, so the CSP's
// worker-src 'self' allows it).
declare module 'altcha/workers/pbkdf2?worker' {
  const Pbkdf2Worker: new () => Worker;
  export default Pbkdf2Worker;
}
