// Stands in for antd's tooltip/UniqueProvider where antd's ConfigProvider imports it (vite.config.ts):
// the provider, and the popup engine it brings (≈ 20 KB), loads only when a ConfigProvider asks for
// `tooltip={{ unique: true }}` — this app never does, so the first page does not carry it.
import { lazy, Suspense, type ReactNode } from 'react';

const UniqueProvider = lazy(() => import('antd/es/tooltip/UniqueProvider'));

export default function LazyUniqueProvider({ children }: { children?: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <UniqueProvider>{children}</UniqueProvider>
    </Suspense>
  );
}
