// 评价批次页 /evaluation-sessions/:id (issue 11): the session's details and the tabs of the work done on
// it (考生, then staff, results and certificates from session-tabs.tsx). Scoped by the server: another
// institution's session answers 404 like a random id, shown as the problem.
import { Card, Tabs } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { Loading } from '../../app/loading';
import { useText } from '../cases/texts';
import { useLevelName } from '../reference/level-select';
import { SessionDetail } from './session-summary';
import { SESSION_TABS } from './session-tabs';
import type { EvaluationSession } from './types';

export function SessionDetailPage() {
  const { id = '' } = useParams();
  const tx = useText();
  const levelName = useLevelName();
  const [params, setParams] = useSearchParams();
  const { data, error, reload } = useApi<EvaluationSession>(`/evaluation-sessions/${encodeURIComponent(id)}`);
  const tab = params.get('tab') ?? SESSION_TABS[0]?.key;

  if (error) return <ProblemAlert problem={error.problem} />;
  if (!data) return <Loading />;
  return (
    <>
      <Card
        title={`${data.occupationName} · ${levelName(data.level)} · ${data.startsOn} ~ ${data.endsOn}`}
        extra={<Link to="/evaluation-sessions">{tx('返回评价批次', 'Back to sessions')}</Link>}
        data-testid="session-page"
      >
        <SessionDetail session={data} onChanged={reload} />
      </Card>
      <Card style={{ marginTop: 16 }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            const next = new URLSearchParams(params);
            next.set('tab', k);
            setParams(next, { replace: true });
          }}
          items={SESSION_TABS.map((t) => ({
            key: t.key,
            label: tx(...t.label),
            children: t.render(data, reload),
          }))}
        />
      </Card>
    </>
  );
}
