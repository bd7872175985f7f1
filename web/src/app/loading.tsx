// What a page shows while its code or its session is still on the way: antd's large Spin, drawn as antd
// draws it (its elements, classes and style) without Spin's own code, which the first public page
// would otherwise load for these few moments (issue 10 point 9).
import { ConfigProvider } from 'antd';
import useSpinStyle from 'antd/es/spin/style';
import { useContext } from 'react';

export function Loading() {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('spin');
  const [hashId, cssVarCls] = useSpinStyle(prefix);
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 80 }}>
      <div
        className={[
          prefix,
          `${prefix}-lg`,
          `${prefix}-spinning`,
          `${prefix}-section`,
          hashId,
          cssVarCls,
        ].join(' ')}
        aria-live="polite"
        aria-busy="true"
      >
        <span className={`${prefix}-dot-holder`}>
          <span className={`${prefix}-dot ${prefix}-dot-spin`}>
            {[1, 2, 3, 4].map((i) => (
              <i key={i} className={`${prefix}-dot-item`} />
            ))}
          </span>
        </span>
      </div>
    </div>
  );
}
