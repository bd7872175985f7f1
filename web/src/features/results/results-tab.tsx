// 成绩 tab of the session page (issue 11 point 4): the pass marks the institution enters from the standard
// (none by default), each registered candidate's result per subject (score, absent, or cancelled under
// mohrss-violations §5–7 with what happened) and the overall result the rule decided; template, import and
// export in Excel; after closing, corrections with reason, shown with the overall result before and after.
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Upload,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { ProblemAlert } from '../../app/problems';
import { useApi } from '../../app/use-api';
import { FindingsList } from '../cases/findings-list';
import type { FindingView } from '../cases/types';
import { dateTime, useText } from '../cases/texts';
import { SUBJECT_TEXT } from '../evaluation-sessions/texts';
import type { EvaluationSession, Subject } from '../evaluation-sessions/types';

type Outcome = 'scored' | 'absent' | 'cancelled';
interface SubjectResult {
  subject: Subject;
  outcome: Outcome;
  score: number | null;
  cancelArticle: string | null;
  cancelReason: string | null;
}
interface CandidateRow {
  candidateId: string;
  name: string;
  docMasked: string;
  overallResult: 'passed' | 'failed' | null;
  results: SubjectResult[];
  findings: FindingView[];
}
interface Results {
  status: string;
  subjects: Subject[];
  passMarks: { subject: Subject; fullMark: number; passMark: number; source: string }[];
  candidates: CandidateRow[];
  corrections: {
    id: string;
    candidateName: string;
    subject: Subject;
    before: { outcome: Outcome | null; score: number | null };
    after: { outcome: Outcome; score: number | null };
    overallBefore: string | null;
    overallAfter: string | null;
    reason: string;
    correctedBy: string | null;
    correctedAt: string;
  }[];
  counts: { candidates: number; passed: number; failed: number; undecided: number };
  abilities: { setPassMarks: boolean; enter: boolean; correct: boolean; import: boolean };
}

const OUTCOME_TEXT: Record<Outcome, [zh: string, en: string]> = {
  scored: ['有成绩', 'Scored'],
  absent: ['缺考', 'Absent'],
  cancelled: ['取消成绩', 'Cancelled'],
};
const OVERALL_TEXT: Record<string, [zh: string, en: string]> = {
  passed: ['合格', 'Passed'],
  failed: ['不合格', 'Failed'],
};
const CANCEL_ARTICLES = [
  '5(1)',
  '5(2)',
  '5(3)',
  '5(4)',
  '6(1)',
  '6(2)',
  '6(3)',
  '6(4)',
  '6(5)',
  '7(1)',
  '7(2)',
  '7(3)',
  '7(4)',
  '7(5)',
  '7(6)',
  '7(7)',
];
const articleText = (a: string, tx: (zh: string, en: string) => string) => {
  const m = /^(\d)\((\d)\)$/.exec(a);
  const zh = ['', '一', '二', '三', '四', '五', '六', '七'];
  return m ? tx(`第${zh[Number(m[1])]}条第（${zh[Number(m[2])]}）项`, `§${m[1]}(${m[2]})`) : a;
};

function resultText(
  r: SubjectResult | { outcome: Outcome | null; score: number | null } | undefined,
  tx: (zh: string, en: string) => string,
): string {
  if (!r || !r.outcome) return tx('未录入', 'Not entered');
  if (r.outcome === 'scored') return String(r.score);
  return tx(...OUTCOME_TEXT[r.outcome]);
}

function OverallTag({ o, tx }: { o: string | null; tx: (zh: string, en: string) => string }) {
  if (!o) return <Tag>{tx('未定', 'Undecided')}</Tag>;
  return <Tag color={o === 'passed' ? 'success' : 'error'}>{tx(...(OVERALL_TEXT[o] ?? [o, o]))}</Tag>;
}

interface ResultForm {
  [subject: string]: {
    outcome?: Outcome;
    score?: number | null;
    cancelArticle?: string;
    cancelReason?: string;
  };
}

function SubjectFields({ subject, tx }: { subject: Subject; tx: (zh: string, en: string) => string }) {
  return (
    <Card size="small" title={tx(...SUBJECT_TEXT[subject])} style={{ marginBottom: 8 }}>
      <Space wrap align="start">
        <Form.Item name={[subject, 'outcome']} label={tx('结果', 'Outcome')}>
          <Select
            style={{ width: 130 }}
            options={Object.entries(OUTCOME_TEXT).map(([value, t]) => ({ value, label: tx(...t) }))}
            aria-label={tx('结果', 'Outcome')}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {({ getFieldValue }) => {
            const o = getFieldValue([subject, 'outcome']) as Outcome | undefined;
            if (o === 'scored')
              return (
                <Form.Item name={[subject, 'score']} label={tx('分数', 'Score')}>
                  <InputNumber
                    min={0}
                    max={9999.99}
                    step={0.5}
                    aria-label={tx(`${SUBJECT_TEXT[subject][0]}分数`, `${SUBJECT_TEXT[subject][1]} score`)}
                  />
                </Form.Item>
              );
            if (o === 'cancelled')
              return (
                <>
                  <Form.Item name={[subject, 'cancelArticle']} label={tx('依据', 'Article')}>
                    <Select
                      style={{ width: 160 }}
                      options={CANCEL_ARTICLES.map((a) => ({ value: a, label: articleText(a, tx) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[subject, 'cancelReason']} label={tx('事实经过', 'What happened')}>
                    <Input style={{ width: 260 }} maxLength={500} />
                  </Form.Item>
                </>
              );
            return null;
          }}
        </Form.Item>
      </Space>
    </Card>
  );
}

function EnterModal({
  sessionId,
  subjects,
  candidate,
  correcting,
  onClose,
  onDone,
}: {
  sessionId: string;
  subjects: Subject[];
  candidate: CandidateRow;
  correcting: boolean;
  onClose: () => void;
  onDone: (flipped?: boolean) => void;
}) {
  const tx = useText();
  const [form] = Form.useForm<ResultForm & { reason?: string; subject?: Subject }>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const initial: ResultForm = Object.fromEntries(
    candidate.results.map((r) => [
      r.subject,
      {
        outcome: r.outcome,
        score: r.score,
        cancelArticle: r.cancelArticle ?? undefined,
        cancelReason: r.cancelReason ?? undefined,
      },
    ]),
  );
  const watched = Form.useWatch('subject', form) as Subject | undefined;
  const shown = correcting ? [watched ?? subjects[0]!] : subjects;
  const submit = async () => {
    const v = form.getFieldsValue(true) as ResultForm & { reason?: string; subject?: Subject };
    const entry = (s: Subject) => ({
      subject: s,
      outcome: v[s]?.outcome,
      score: v[s]?.outcome === 'scored' ? (v[s]?.score ?? null) : null,
      cancelArticle: v[s]?.cancelArticle ?? null,
      cancelReason: v[s]?.cancelReason ?? null,
    });
    setProblem(null);
    try {
      if (correcting) {
        const s = v.subject ?? subjects[0]!;
        const r = await api.post<{ correction: { flipped: boolean } }>(
          `/evaluation-sessions/${sessionId}/candidates/${candidate.candidateId}/corrections`,
          { ...entry(s), reason: v.reason ?? '' },
        );
        onDone(r.correction.flipped);
      } else {
        await api.put(`/evaluation-sessions/${sessionId}/candidates/${candidate.candidateId}/results`, {
          results: subjects.filter((s) => v[s]?.outcome).map(entry),
        });
        onDone();
      }
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <Modal
      open
      width={760}
      title={
        correcting
          ? tx(`更正成绩：${candidate.name}`, `Correct a result: ${candidate.name}`)
          : tx(`录入成绩：${candidate.name}`, `Enter results: ${candidate.name}`)
      }
      okText={tx('保存', 'Save')}
      cancelText={tx('返回', 'Back')}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {problem && <ProblemAlert problem={problem} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ...initial, subject: subjects[0] }}
        data-testid="results-form"
      >
        {correcting && (
          <Form.Item name="subject" label={tx('科目', 'Subject')}>
            <Select options={subjects.map((s) => ({ value: s, label: tx(...SUBJECT_TEXT[s]) }))} />
          </Form.Item>
        )}
        {shown.map((s) => (
          <SubjectFields key={s} subject={s} tx={tx} />
        ))}
        {correcting && (
          <Form.Item
            name="reason"
            label={tx('更正理由（必填，记录在案）', 'Reason for the correction (required, recorded)')}
          >
            <Input.TextArea maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function PassMarks({ sessionId, data, onSaved }: { sessionId: string; data: Results; onSaved: () => void }) {
  const tx = useText();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [form] = Form.useForm();
  const initial = Object.fromEntries(data.passMarks.map((m) => [m.subject, m]));
  const save = async () => {
    const v = form.getFieldsValue(true) as Record<
      string,
      { fullMark?: number; passMark?: number; source?: string }
    >;
    setProblem(null);
    try {
      await api.put(`/evaluation-sessions/${sessionId}/pass-marks`, {
        marks: data.subjects.map((s) => ({
          subject: s,
          fullMark: v[s]?.fullMark,
          passMark: v[s]?.passMark,
          source: v[s]?.source ?? '',
        })),
      });
      void message.success(tx('合格分数线已保存', 'Pass marks saved'));
      onSaved();
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  if (!data.abilities.setPassMarks)
    return (
      <Space wrap style={{ marginBottom: 12 }}>
        {data.subjects.map((s) => {
          const m = data.passMarks.find((x) => x.subject === s);
          return (
            <Tag key={s}>
              {tx(...SUBJECT_TEXT[s])}：
              {m
                ? tx(`合格 ${m.passMark} / 满分 ${m.fullMark}`, `pass ${m.passMark} of ${m.fullMark}`)
                : tx('未录入', 'not entered')}
            </Tag>
          );
        })}
      </Space>
    );
  return (
    <Card
      size="small"
      title={tx(
        '合格分数线（按职业技能标准录入，系统不设默认值）',
        'Pass marks (entered from the standard; there is no default)',
      )}
      style={{ marginBottom: 12 }}
    >
      {problem && <ProblemAlert problem={problem} />}
      <Form form={form} layout="inline" initialValues={initial} data-testid="pass-marks-form">
        {data.subjects.map((s) => (
          <Space key={s} wrap style={{ marginBottom: 8, width: '100%' }}>
            <strong style={{ width: 110, display: 'inline-block' }}>{tx(...SUBJECT_TEXT[s])}</strong>
            <Form.Item name={[s, 'fullMark']} label={tx('满分', 'Full mark')}>
              <InputNumber
                min={0.01}
                max={9999.99}
                aria-label={tx(`${SUBJECT_TEXT[s][0]}满分`, `${SUBJECT_TEXT[s][1]} full mark`)}
              />
            </Form.Item>
            <Form.Item name={[s, 'passMark']} label={tx('合格分数线', 'Pass mark')}>
              <InputNumber
                min={0.01}
                max={9999.99}
                aria-label={tx(`${SUBJECT_TEXT[s][0]}合格分数线`, `${SUBJECT_TEXT[s][1]} pass mark`)}
              />
            </Form.Item>
            <Form.Item name={[s, 'source']} label={tx('出处', 'Source')}>
              <Input
                style={{ width: 260 }}
                maxLength={200}
                placeholder={tx('标准名称及条款', 'Standard and clause')}
                aria-label={tx(`${SUBJECT_TEXT[s][0]}出处`, `${SUBJECT_TEXT[s][1]} source`)}
              />
            </Form.Item>
          </Space>
        ))}
        <Button type="primary" onClick={() => void save()}>
          {tx('保存合格分数线', 'Save pass marks')}
        </Button>
      </Form>
    </Card>
  );
}

/** The import report's columns, which the server names by the template's Chinese headers. */
const COLUMN_EN: Record<string, string> = {
  考生编号: 'Candidate number',
  姓名: 'Name',
  科目: 'Subject',
  结果: 'Result',
  分数: 'Score',
  取消依据: 'Ground of cancellation',
  取消事实经过: 'What happened',
};

interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
  message_en?: string;
}

function ResultsImport({ sessionId, onImported }: { sessionId: string; onImported: () => void }) {
  const tx = useText();
  const { lang } = useI18n();
  const [problem, setProblem] = useState<Problem | null>(null);
  const report = problem?.extra?.report as { problems: ImportProblem[] } | undefined;
  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    setProblem(null);
    try {
      await api.post(`/evaluation-sessions/${sessionId}/results/import`, form);
      onImported();
    } catch (err) {
      setProblem(toApiError(err).problem);
    }
  };
  return (
    <>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        beforeUpload={(f) => {
          void upload(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />}>{tx('导入成绩', 'Import results')}</Button>
      </Upload>
      <Modal
        open={problem !== null}
        footer={null}
        width={720}
        title={tx('成绩导入结果', 'Results import')}
        onCancel={() => setProblem(null)}
      >
        {problem && <ProblemAlert problem={problem} />}
        {report && (
          <Table<ImportProblem>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}`}
            pagination={false}
            dataSource={report.problems}
            data-testid="results-import-report"
            columns={[
              { title: tx('行', 'Row'), dataIndex: 'row', width: 60 },
              {
                title: tx('列', 'Column'),
                dataIndex: 'column',
                width: 110,
                render: (c: string | null) => (c && lang === 'en' ? (COLUMN_EN[c] ?? c) : c),
              },
              {
                title: tx('原因', 'Reason'),
                dataIndex: 'message',
                render: (m: string, r) => (lang === 'en' && r.message_en ? r.message_en : m),
              },
            ]}
          />
        )}
      </Modal>
    </>
  );
}

export function ResultsTab({
  session,
  reloadSession,
}: {
  session: EvaluationSession;
  reloadSession: () => void;
}) {
  const tx = useText();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<Results>(`/evaluation-sessions/${session.id}/results`);
  const [editing, setEditing] = useState<{ c: CandidateRow; correcting: boolean } | null>(null);
  if (error) return <ProblemAlert problem={error.problem} />;
  if (!data) return <Table loading={loading} />;
  const done = (flipped?: boolean) => {
    setEditing(null);
    void message.success(
      flipped
        ? tx('已更正，评价结果随之改变', 'Corrected: the overall result changed')
        : tx('已保存', 'Saved'),
    );
    reload();
    reloadSession();
  };
  return (
    <>
      <PassMarks sessionId={session.id} data={data} onSaved={reload} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/evaluation-sessions/${session.id}/results/template.xlsx`}
        >
          {tx('下载成绩模板', 'Results template')}
        </Button>
        {data.abilities.import && <ResultsImport sessionId={session.id} onImported={reload} />}
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/evaluation-sessions/${session.id}/results/export.xlsx`}
        >
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
        <span data-testid="results-counts">
          {tx(
            `考生 ${data.counts.candidates} 人：合格 ${data.counts.passed}，不合格 ${data.counts.failed}，未定 ${data.counts.undecided}`,
            `${data.counts.candidates} candidates: ${data.counts.passed} passed, ${data.counts.failed} failed, ${data.counts.undecided} undecided`,
          )}
        </span>
      </Space>
      <Table<CandidateRow>
        rowKey="candidateId"
        size="middle"
        dataSource={data.candidates}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        data-testid="results-table"
        expandable={{ expandedRowRender: (c) => <FindingsList findings={c.findings} compact /> }}
        columns={[
          { title: tx('姓名', 'Name'), dataIndex: 'name', width: 110 },
          { title: tx('证件号码', 'Document number'), dataIndex: 'docMasked', width: 190 },
          ...data.subjects.map((s) => ({
            title: tx(...SUBJECT_TEXT[s]),
            key: s,
            width: 120,
            render: (_: unknown, c: CandidateRow) => {
              const r = c.results.find((x) => x.subject === s);
              return r?.outcome === 'cancelled' ? (
                <Tag color="warning">{`${tx('取消', 'Cancelled')} ${articleText(r.cancelArticle!, tx)}`}</Tag>
              ) : (
                resultText(r, tx)
              );
            },
          })),
          {
            title: tx('评价结果', 'Overall result'),
            key: 'overall',
            width: 100,
            render: (_: unknown, c: CandidateRow) => <OverallTag o={c.overallResult} tx={tx} />,
          },
          {
            title: tx('操作', 'Actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, c: CandidateRow) =>
              data.abilities.enter ? (
                <Button size="small" type="link" onClick={() => setEditing({ c, correcting: false })}>
                  {tx('录入', 'Enter')}
                </Button>
              ) : data.abilities.correct ? (
                <Button size="small" type="link" onClick={() => setEditing({ c, correcting: true })}>
                  {tx('更正', 'Correct')}
                </Button>
              ) : null,
          },
        ]}
      />
      {data.corrections.length > 0 && (
        <Card
          size="small"
          title={tx('关闭后的成绩更正（记录在案）', 'Corrections after closing (recorded)')}
          style={{ marginTop: 12 }}
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={data.corrections}
            columns={[
              { title: tx('考生', 'Candidate'), dataIndex: 'candidateName', width: 100 },
              {
                title: tx('科目', 'Subject'),
                dataIndex: 'subject',
                width: 120,
                render: (s: Subject) => tx(...SUBJECT_TEXT[s]),
              },
              {
                title: tx('原值 → 新值', 'Old → new'),
                key: 'change',
                width: 160,
                render: (_: unknown, r: Results['corrections'][number]) =>
                  `${resultText(r.before, tx)} → ${resultText(r.after, tx)}`,
              },
              {
                title: tx('评价结果', 'Overall result'),
                key: 'overall',
                width: 170,
                render: (_: unknown, r: Results['corrections'][number]) =>
                  r.overallBefore !== r.overallAfter ? (
                    <Space size={2}>
                      <OverallTag o={r.overallBefore} tx={tx} />→<OverallTag o={r.overallAfter} tx={tx} />
                    </Space>
                  ) : (
                    <OverallTag o={r.overallAfter} tx={tx} />
                  ),
              },
              { title: tx('理由', 'Reason'), dataIndex: 'reason' },
              { title: tx('更正人', 'By'), dataIndex: 'correctedBy', width: 100 },
              { title: tx('时间', 'When'), dataIndex: 'correctedAt', width: 150, render: dateTime },
            ]}
          />
        </Card>
      )}
      {data.status === 'planned' && data.abilities.enter && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          title={tx(
            '关闭批次前须录入各科目合格分数线和每名在册考生各科目的结果（第十二条第（一）、（三）项）；关闭后成绩只能经记录在案的更正修改。',
            'Before closing, every subject needs its pass mark and every registered candidate a result in every subject (§12(1), (3)); after closing, results change only through a recorded correction.',
          )}
        />
      )}
      {editing && (
        <EnterModal
          sessionId={session.id}
          subjects={data.subjects}
          candidate={editing.c}
          correcting={editing.correcting}
          onClose={() => setEditing(null)}
          onDone={done}
        />
      )}
    </>
  );
}
