// Stands in for @rc-component/motion where antd's ConfigProvider imports it (vite.config.ts): it uses
// only the motion Provider, and the package's index brings CSSMotion and CSSMotionList (≈ 8 KB) to
// every page; components that animate import them themselves.
export { default as Provider } from '@rc-component/motion/es/context';
