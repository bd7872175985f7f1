// Ant Design's App (the page's font and colour, and App.useApp()'s message, notification and modal)
// without their code on the first page (issue 10 point 9): antd's <App> loads the three together,
// ≈ 60 KB of script a visitor reading the home page never uses. This one renders the same wrapper
// (class and style of antd's App) and gives App.useApp() the same context; the real message,
// notification and modal load when a user signs in, or at the first call, which waits for them.
import { lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import AppContext, { type useAppProps } from 'antd/es/app/context';
import useAppStyle from 'antd/es/app/style';

const Holders = lazy(() => import('./ant-app-holders'));

type Kind = keyof useAppProps;

/**
 * What a call made before the real API is there returns: a handle that acts on the real message or
 * dialog once it is shown (close it, update it, await it), like the handles antd returns.
 */
function laterHandle(result: Promise<unknown>) {
  type Real = { destroy?: () => void; update?: (c: unknown) => void } | (() => void) | undefined;
  const real = result as Promise<Real>;
  const handle = () => void real.then((r) => (typeof r === 'function' ? r() : undefined));
  return Object.assign(handle, {
    then: (ok?: (v: unknown) => unknown, ko?: (e: unknown) => unknown) => real.then((r) => r).then(ok, ko),
    destroy: () => void real.then((r) => (typeof r === 'object' ? r.destroy?.() : undefined)),
    update: (c: unknown) => void real.then((r) => (typeof r === 'object' ? r.update?.(c) : undefined)),
  });
}

/** An API whose every method waits for the real one (and asks for it to be loaded). */
function deferred(kind: Kind, ready: Promise<useAppProps>, want: () => void): useAppProps[Kind] {
  return new Proxy({} as useAppProps[Kind], {
    get: (_target, method) => {
      if (typeof method !== 'string' || method === 'then') return undefined;
      return (...args: unknown[]) => {
        want();
        return laterHandle(
          ready.then((apis) =>
            (apis[kind] as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args),
          ),
        );
      };
    },
  });
}

export function AntApp({ load, children }: { load?: boolean; children: ReactNode }) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefixCls = getPrefixCls('app');
  const [hashId, cssVarCls] = useAppStyle(prefixCls);
  // Loaded once wanted (a signed-in user, a first call), then kept.
  const [wanted, setWanted] = useState(!!load);
  if (load && !wanted) setWanted(true);
  const [apis, setApis] = useState<useAppProps | null>(null);
  const [ready] = useState(() => {
    let resolve: (apis: useAppProps) => void = () => undefined;
    const promise = new Promise<useAppProps>((r) => (resolve = r));
    return { promise, resolve };
  });
  const want = useCallback(() => setWanted(true), []);
  const onReady = useCallback(
    (real: useAppProps) => {
      ready.resolve(real);
      setApis(real);
    },
    [ready],
  );
  const facade = useMemo<useAppProps>(
    () => ({
      message: deferred('message', ready.promise, want) as useAppProps['message'],
      notification: deferred('notification', ready.promise, want) as useAppProps['notification'],
      modal: deferred('modal', ready.promise, want) as useAppProps['modal'],
    }),
    [ready, want],
  );
  return (
    <AppContext.Provider value={apis ?? facade}>
      <div className={[hashId, prefixCls, cssVarCls].filter(Boolean).join(' ')}>
        <Suspense fallback={null}>{wanted && <Holders onReady={onReady} />}</Suspense>
        {children}
      </div>
    </AppContext.Provider>
  );
}
