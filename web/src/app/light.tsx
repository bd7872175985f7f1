// Light stand-ins for antd components on the first public page and the visitor's header (issue 10
// point 9: the first page's script): Typography, Card, Segmented, Button, Tag and Layout. They render the
// elements and classes antd renders for the props used here, styled by antd's own style hooks, so they
// look the same; they leave out what the first page never uses and what costs most: Typography's
// editing, copying and ellipsis tooltip (a text area, the form engine, the tooltip), Card's tabs (the
// tab bar with its overflow menu), Segmented's option tooltips (the popup engine), Button's click
// ripple and loading animation, Tag's closing and checking.
import { ConfigProvider } from 'antd';
import useButtonStyle from 'antd/es/button/style';
import useCardStyle from 'antd/es/card/style';
import useLayoutStyle from 'antd/es/layout/style';
import useSegmentedStyle from 'antd/es/segmented/style';
import useTagStyle from 'antd/es/tag/style';
import TagPresetStyle from 'antd/es/tag/style/presetCmp';
import TagStatusStyle from 'antd/es/tag/style/statusCmp';
import useTypographyStyle from 'antd/es/typography/style';
import { useContext, useId, type CSSProperties, type HTMLAttributes, type ReactNode, type Ref } from 'react';

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function useTypographyClass(): [prefix: string, className: string] {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('typography');
  const [hashId, cssVarCls] = useTypographyStyle(prefix);
  return [prefix, classes(prefix, hashId, cssVarCls)];
}

interface TextProps {
  children: ReactNode;
  style?: CSSProperties;
}

function Title({ level = 1, children, style }: TextProps & { level?: 1 | 2 | 3 | 4 | 5 }) {
  const [, className] = useTypographyClass();
  const Heading = `h${level}` as const;
  return (
    <Heading className={className} style={style}>
      {children}
    </Heading>
  );
}

function Paragraph({ children, style }: TextProps) {
  const [, className] = useTypographyClass();
  return (
    <div className={className} style={style}>
      {children}
    </div>
  );
}

function Text({
  children,
  style,
  strong,
  type,
  ellipsis,
}: TextProps & { strong?: boolean; type?: 'secondary'; ellipsis?: boolean }) {
  const [prefix, className] = useTypographyClass();
  return (
    <span
      className={classes(
        className,
        type && `${prefix}-${type}`,
        ellipsis && `${prefix}-ellipsis ${prefix}-ellipsis-single-line`,
      )}
      style={style}
    >
      {strong ? <strong>{children}</strong> : children}
    </span>
  );
}

/** antd's Typography.Title, Paragraph and Text without editing, copying or the ellipsis tooltip. */
export const Typography = { Title, Paragraph, Text };

/** antd's Card (bordered; small; hoverable; a title) without tabs, cover, actions or loading. */
export function Card({
  title,
  size,
  hoverable,
  style,
  children,
  'data-testid': testId,
}: {
  title?: ReactNode;
  size?: 'small';
  hoverable?: boolean;
  style?: CSSProperties;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('card');
  const [hashId, cssVarCls] = useCardStyle(prefix);
  return (
    <div
      data-testid={testId}
      className={classes(
        prefix,
        `${prefix}-bordered`,
        hoverable && `${prefix}-hoverable`,
        size && `${prefix}-${size}`,
        hashId,
        cssVarCls,
      )}
      style={style}
    >
      {title !== undefined && (
        <div className={`${prefix}-head`}>
          <div className={`${prefix}-head-wrapper`}>
            <div className={`${prefix}-head-title`}>{title}</div>
          </div>
        </div>
      )}
      <div className={`${prefix}-body`}>{children}</div>
    </div>
  );
}

/**
 * antd's Segmented (small, text options) as it stands: the selection moves without the sliding thumb
 * and there are no option tooltips (header-parts.tsx, LangSwitch).
 */
export function Segmented<T extends string>({
  options,
  value,
  onChange,
  size,
  'aria-label': ariaLabel,
}: {
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  size?: 'small';
  'aria-label'?: string;
}) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('segmented');
  const [hashId, cssVarCls] = useSegmentedStyle(prefix);
  const name = useId();
  return (
    <div
      role="radiogroup"
      aria-label={ariaLabel}
      tabIndex={0}
      aria-orientation="horizontal"
      className={classes(prefix, size === 'small' && `${prefix}-sm`, hashId, cssVarCls)}
    >
      <div className={`${prefix}-group`}>
        {options.map((o) => {
          const selected = o.value === value;
          return (
            <label
              key={o.value}
              className={classes(
                `${prefix}-item`,
                selected && `${prefix}-item-selected ${prefix}-item-selected-text`,
              )}
            >
              <input
                className={`${prefix}-item-input`}
                type="radio"
                checked={selected}
                name={name}
                onChange={() => onChange(o.value)}
              />
              <div className={`${prefix}-item-label`} title={o.label}>
                {o.label}
              </div>
            </label>
          );
        })}
      </div>
    </div>
  );
}

/** Two Chinese characters alone on a button are spaced, as antd does (登 录). */
const TWO_CHINESE = /^[\u4e00-\u9fa5]{2}$/;

/**
 * antd's Button (default or primary; small; an icon) without the click ripple, the loading state and
 * button groups — the visitor's header buttons.
 */
export function Button({
  type = 'default',
  size,
  icon,
  children,
  onClick,
  'aria-label': ariaLabel,
  'data-testid': testId,
}: {
  type?: 'default' | 'primary';
  size?: 'small';
  icon?: ReactNode;
  children?: string;
  onClick?: () => void;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('btn');
  const [hashId, cssVarCls] = useButtonStyle(prefix);
  const color = type === 'primary' ? 'primary' : 'default';
  const variant = type === 'primary' ? 'solid' : 'outlined';
  return (
    <button
      aria-label={ariaLabel}
      data-testid={testId}
      type="button"
      className={classes(
        prefix,
        hashId,
        cssVarCls,
        `${prefix}-${type}`,
        `${prefix}-color-${color}`,
        `${prefix}-variant-${variant}`,
        size === 'small' && `${prefix}-sm`,
        !!icon && children === undefined && `${prefix}-icon-only`,
      )}
      onClick={onClick}
    >
      {icon && <span className={`${prefix}-icon`}>{icon}</span>}
      {children !== undefined && (
        <span>{!icon && TWO_CHINESE.test(children) ? children.split('').join(' ') : children}</span>
      )}
    </button>
  );
}

/** antd's Tag (filled; a preset or status colour; an icon), not closable: a tooltip's child. */
export function Tag({
  color = 'default',
  icon,
  children,
  ...rest
}: { color?: string; icon?: ReactNode; children: ReactNode } & Omit<
  HTMLAttributes<HTMLSpanElement>,
  'color' | 'className'
> & { ref?: Ref<HTMLSpanElement> }) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('tag');
  const [hashId, cssVarCls] = useTagStyle(prefix);
  const status = STATUS_COLORS.has(color);
  return (
    <span {...rest} className={classes(prefix, `${prefix}-filled`, `${prefix}-${color}`, hashId, cssVarCls)}>
      {icon ? (
        <>
          {icon}
          <span>{children}</span>
        </>
      ) : (
        children
      )}
      {status ? <TagStatusStyle prefixCls={prefix} /> : <TagPresetStyle prefixCls={prefix} />}
    </span>
  );
}
const STATUS_COLORS = new Set(['success', 'processing', 'error', 'default', 'warning']);

function useLayoutClass(suffix?: string): string {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefix = getPrefixCls('layout');
  const [hashId, cssVarCls] = useLayoutStyle(prefix);
  return classes(suffix ? `${prefix}-${suffix}` : prefix, hashId, cssVarCls);
}

interface BlockProps {
  style?: CSSProperties;
  children: ReactNode;
}

/**
 * antd's Layout, Header and Content for a frame without a side bar: antd's Layout looks for Sider
 * children and so brings the side bar's code along.
 */
export const Layout = Object.assign(
  function Layout({ style, children }: BlockProps) {
    return (
      <div className={useLayoutClass()} style={style}>
        {children}
      </div>
    );
  },
  {
    Header: function Header({ style, children }: BlockProps) {
      return (
        <header className={useLayoutClass('header')} style={style}>
          {children}
        </header>
      );
    },
    Content: function Content({ style, children }: BlockProps) {
      return (
        <main className={useLayoutClass('content')} style={style}>
          {children}
        </main>
      );
    },
  },
);
