// antd's Tooltip, loaded when first wanted: the child is shown as it is, and the first time the pointer
// enters it (or it takes the focus) the tooltip's code loads and the tooltip opens. For a tooltip on a
// visitor's header (the demo clock), which would otherwise bring the popup engine to the first public
// page (issue 10 point 9).
import { cloneElement, lazy, Suspense, useState, type ReactElement, type ReactNode } from 'react';

const Tooltip = lazy(() => import('antd/es/tooltip'));

type Hoverable = ReactElement<{ onMouseEnter?: () => void; onMouseLeave?: () => void; onFocus?: () => void }>;

export function LazyTooltip({ title, children }: { title: ReactNode; children: Hoverable }) {
  const [wanted, setWanted] = useState(false);
  // Still pointing at it when the code arrives: the tooltip opens at once.
  const [hovering, setHovering] = useState(false);
  if (!wanted)
    return cloneElement(children, {
      onMouseEnter: () => {
        setHovering(true);
        setWanted(true);
      },
      onMouseLeave: () => {
        setHovering(false);
      },
      onFocus: () => {
        setHovering(true);
        setWanted(true);
      },
    });
  return (
    <Suspense fallback={children}>
      <Tooltip title={title} defaultOpen={hovering}>
        {children}
      </Tooltip>
    </Suspense>
  );
}
