// antd's design tokens (theme.useToken() without the `theme` object, whose dark and compact algorithms
// would come along on the first public page: issue 10 point 9).
import { useToken as useInternalToken } from 'antd/es/theme/internal';

export function useToken() {
  const [, token] = useInternalToken();
  return { token };
}
