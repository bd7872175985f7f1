// Whether the screen is a phone's (below antd's md breakpoint, 768 px): public pages then show cards
// instead of tables and the header folds its menu into a drawer. Before antd has measured the screen
// (first render) the window's width decides, so a phone never renders the desktop layout first.
import { Grid } from 'antd';

export function useNarrow(): boolean {
  const screens = Grid.useBreakpoint();
  if (screens.md === undefined) return typeof window !== 'undefined' && window.innerWidth < 768;
  return !screens.md;
}
