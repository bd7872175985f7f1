// A problem of this feature in the reader's language: its own codes in English by name, others as the
// shell shows them.
import { Alert } from 'antd';
import type { Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { PROBLEMS_EN } from './texts';

export function CertificateProblem({ problem }: { problem: Problem }) {
  const { lang } = useI18n();
  const en = lang === 'en' ? PROBLEMS_EN[problem.code] : undefined;
  if (!en) return <ProblemAlert problem={problem} />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="certificate-problem"
      title={en.title}
      description={en.detail}
      style={{ marginBottom: 16 }}
    />
  );
}
