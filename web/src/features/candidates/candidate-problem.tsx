// A refused registration (or any problem of this feature): the findings one by one with their
// articles, in the reader's language; other problems as the shell shows them.
import { Alert } from 'antd';
import type { Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { FindingsList } from '../cases/findings-list';
import type { FindingView } from '../cases/types';
import { PROBLEMS_EN } from './texts';

export function CandidateProblem({ problem }: { problem: Problem }) {
  const { lang } = useI18n();
  const findings = (problem.extra?.findings ?? []) as FindingView[];
  const en = lang === 'en' ? PROBLEMS_EN[problem.code] : undefined;
  if (!en && findings.length === 0) return <ProblemAlert problem={problem} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="candidate-refusal"
      title={en?.title ?? problem.title}
      description={
        <>
          {findings.length === 0 && <div>{en?.detail ?? problem.detail}</div>}
          <FindingsList findings={findings} />
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
