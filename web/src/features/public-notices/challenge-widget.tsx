// The proof-of-work check of public forms that write (src/http/challenge.ts): the ALTCHA widget, built
// for a strict CSP (the `external` build: its styles from our CSS file, its PBKDF2 worker a file of this
// origin). It starts working when the person starts filling the form; the form asks it for the payload
// on submit (waiting if the work is not done yet) and resets it afterwards, as a solution is accepted
// once. Reusable by the complaint and certificate-lookup forms of later issues.
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/zh-cn';
import 'altcha/i18n/en';
import type {} from 'altcha/types/react';
import type { WidgetMethods } from 'altcha/types';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useText } from '../cases/texts';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

export const CHALLENGE_URL = '/api/v1/public/challenge';

export interface ChallengeHandle {
  /** The solved challenge for the form's `altcha` field (solves it now if not done yet). */
  solve(): Promise<string>;
  /** A solution is used once: start over for the next submission. */
  reset(): void;
}

type WidgetElement = HTMLElement & WidgetMethods;

/**
 * The payload of the verification under way, or null if it ends otherwise (error, expired, reset).
 * Called in the same turn as the look at the state, so no state change is missed.
 */
function outcome(el: WidgetElement): Promise<string | null> {
  return new Promise((resolve) => {
    const onState = (ev: Event) => {
      const { state, payload } =
        (ev as CustomEvent<{ state?: string; payload?: string | null }>).detail ?? {};
      if (state === 'verifying') return;
      el.removeEventListener('statechange', onState);
      resolve(state === 'verified' ? (payload ?? null) : null);
    };
    el.addEventListener('statechange', onState);
  });
}

export const ChallengeWidget = forwardRef<ChallengeHandle>(function ChallengeWidget(_props, ref) {
  const tx = useText();
  const element = useRef<WidgetElement>(null);
  const payload = useRef<string | null>(null);

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    // The widget marks its checkbox `required` while it works (and until it is verified), so the
    // browser's own validation would stop the submission — with a "please wait" bubble and no submit
    // event — whenever the person submits before the work is done. The form validates its fields
    // itself and asks solve() for the payload, which waits: the browser's validation is turned off.
    el.closest('form')?.setAttribute('novalidate', '');
    const onVerified = (ev: Event) => {
      payload.current = (ev as CustomEvent<{ payload?: string }>).detail?.payload ?? null;
    };
    const onExpired = () => {
      payload.current = null;
    };
    el.addEventListener('verified', onVerified);
    el.addEventListener('expired', onExpired);
    return () => {
      el.removeEventListener('verified', onVerified);
      el.removeEventListener('expired', onExpired);
    };
  }, []);

  useImperativeHandle(ref, () => ({
    async solve() {
      if (payload.current) return payload.current;
      const el = element.current;
      if (!el) throw new Error('challenge not solved');
      // Already working (started when the form got the focus): wait for that solution. A second
      // verify() would abort it, fetch another challenge and start the work again.
      const solved = el.getState() === 'verifying' ? await outcome(el) : (await el.verify())?.payload;
      if (!solved) throw new Error('challenge not solved');
      payload.current = solved;
      return solved;
    },
    reset() {
      payload.current = null;
      element.current?.reset();
    },
  }));

  return (
    <div style={{ marginBottom: 16 }} data-testid="challenge-widget">
      <altcha-widget
        ref={element}
        challenge={CHALLENGE_URL}
        auto="onfocus"
        language={tx('zh-cn', 'en')}
        name="altcha"
      />
    </div>
  );
});
