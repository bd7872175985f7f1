// A queued job should start now, not at the next poll: the process's runner registers itself here and
// whoever queues a job kicks it. No runner (a test that drains jobs itself): nothing happens.
let kicker: (() => void) | undefined;

export function registerJobKicker(fn: (() => void) | undefined): void {
  kicker = fn;
}

export function kickJobs(): void {
  kicker?.();
}
