// 职业标准 /occupation-standards (issue 11 point 1, decision 0026): the national skill standards and
// filed evaluation norms per occupation (a filing condition, mohrss-filing 二(六)) and, per level, the
// subjects a session consists of — theory exam, skills assessment, comprehensive review. A session copies
// them when it opens; a level without subjects cannot be opened. Pass marks are not kept here: the
// institution enters them per session and subject from the standard's text (decision 0028). The national
// and provincial authorities (and the administrator) correct an entry — the server says who through
// `abilities.update`; everyone may read and export.
import { App, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { query } from '../../app/api';
import { FormModal } from '../../app/form-modal';
import { useI18n } from '../../app/i18n';
import { useNarrow } from '../../app/use-narrow';
import { ProblemAlert } from '../../app/problems';
import { useText } from '../cases/texts';
import { usePagedList } from '../common/person-register';
import { SUBJECT_TEXT } from '../evaluation-sessions/texts';
import type { Subject } from '../evaluation-sessions/types';
import { useLevelName } from './level-select';

type StandardKind = 'national_standard' | 'evaluation_norm';
type Level = '1' | '2' | '3' | '4' | '5';
type SubjectsByLevel = Partial<Record<Level, Subject[]>>;

export interface OccupationStandard {
  id: string;
  occupationCode: string;
  occupationName: string;
  kind: StandardKind;
  title: string;
  documentNo: string | null;
  issuedOn: string | null;
  notes: string | null;
  subjectsByLevel: SubjectsByLevel | null;
  version: number;
  abilities: { read: boolean; update: boolean };
}

interface StandardForm {
  kind: StandardKind;
  title: string;
  documentNo?: string;
  issuedOn?: Dayjs | null;
  notes?: string;
  subjects: Record<Level, Subject[] | undefined>;
}

const KIND_TEXT: Record<StandardKind, [zh: string, en: string]> = {
  national_standard: ['国家职业技能标准', 'National skill standard'],
  evaluation_norm: ['评价规范', 'Evaluation norm'],
};
const LEVELS: Level[] = ['5', '4', '3', '2', '1'];
const SUBJECTS: Subject[] = ['theory', 'skills', 'comprehensive_review'];

export function OccupationStandardsPage() {
  const tx = useText();
  const { lang } = useI18n();
  const levelName = useLevelName();
  const narrow = useNarrow();
  const { message } = App.useApp();
  const [q, setQ] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<StandardKind | undefined>(undefined);
  const filters = { q, kind };
  const { data, problem, loading, reload, pagination } = usePagedList<{
    items: OccupationStandard[];
    total: number;
  }>('/occupation-standards', filters);
  const [editing, setEditing] = useState<OccupationStandard | null>(null);

  const subjectsOf = (s: OccupationStandard) =>
    s.subjectsByLevel && Object.keys(s.subjectsByLevel).length > 0 ? (
      <div>
        {LEVELS.filter((l) => s.subjectsByLevel?.[l]).map((l) => (
          <div key={l}>
            <span style={{ color: 'rgba(0,0,0,0.45)' }}>
              {levelName(Number(l))}
              {lang === 'en' ? ': ' : '：'}
            </span>
            {s.subjectsByLevel![l]!.map((x) => tx(...SUBJECT_TEXT[x])).join(lang === 'en' ? ', ' : '、')}
          </div>
        ))}
      </div>
    ) : (
      <Tag color="warning">{tx('未登记评价科目', 'Subjects not recorded')}</Tag>
    );

  return (
    <Card
      title={tx('职业标准', 'Occupation standards')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={`/api/v1/occupation-standards/export.xlsx${query(filters)}`}
          data-testid="standards-export"
        >
          {tx('导出 Excel', 'Export to Excel')}
        </Button>
      }
    >
      <p style={{ marginTop: 0 }}>
        {tx(
          '各职业的国家职业技能标准或备案的评价规范（备案条件，《职业技能等级评价机构备案事项办理指南（试行）》二（六）），以及各等级评价由哪些科目组成：理论知识考试、技能考核、综合评审。评价机构开设评价批次时按此带入科目；未登记科目的等级不能开设批次。',
          'The national skill standard or filed evaluation norm of each occupation (a filing condition under item 2(6) of the filing guide) and, per level, the subjects an evaluation consists of: theory exam, skills assessment, comprehensive review. A session takes its subjects from here when it is opened; a level whose subjects are not recorded cannot be opened.',
        )}
      </p>
      <p>
        {tx(
          '合格分数线不在此登记：标准原文规定各科目的合格标准，由评价机构在每个批次中按科目录入满分、合格分数线及出处（标准名称和条款），系统不设默认值。',
          'Pass marks are not recorded here: the standard’s own text sets each subject’s pass mark, and the institution enters the full mark, the pass mark and their source (standard and clause) per subject on each session; SkillReg has no default.',
        )}
      </p>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={tx('职业名称或标准名称', 'Occupation or standard title')}
          aria-label={tx('查找', 'Search')}
          onSearch={(v) => setQ(v.trim() || undefined)}
          data-testid="standards-search"
        />
        <Select<StandardKind | ''>
          value={kind ?? ''}
          style={{ width: 200 }}
          onChange={(v) => setKind(v || undefined)}
          aria-label={tx('类别', 'Kind')}
          options={[
            { value: '', label: tx('全部类别', 'All kinds') },
            ...Object.entries(KIND_TEXT).map(([value, l]) => ({
              value: value as StandardKind,
              label: tx(...l),
            })),
          ]}
        />
      </Space>
      {problem && <ProblemAlert problem={problem} />}
      <Table<OccupationStandard>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1300 }}
        data-testid="standards-table"
        pagination={pagination}
        columns={[
          {
            title: tx('职业', 'Occupation'),
            dataIndex: 'occupationName',
            width: 170,
            render: (n: string, s) => (
              <>
                {n}
                <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{s.occupationCode}</div>
              </>
            ),
          },
          {
            title: tx('标准', 'Standard'),
            dataIndex: 'title',
            width: 260,
            render: (t: string, s) => (
              <>
                {t}
                <div>
                  <Tag>{tx(...KIND_TEXT[s.kind])}</Tag>
                  <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
                    {[s.documentNo, s.issuedOn].filter(Boolean).join(' · ') ||
                      tx('文号、日期未登记', 'Reference and date not recorded')}
                  </span>
                </div>
              </>
            ),
          },
          {
            title: tx('各等级评价科目', 'Subjects per level'),
            key: 'subjects',
            width: 330,
            render: (_: unknown, s) => subjectsOf(s),
          },
          {
            title: tx('备注', 'Notes'),
            dataIndex: 'notes',
            width: 300,
            render: (n: string | null) => n ?? '—',
          },
          {
            title: '',
            key: 'edit',
            width: 100,
            fixed: narrow ? undefined : 'right',
            render: (_: unknown, s) =>
              s.abilities.update ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(s)}>
                  {tx('修改', 'Edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      <FormModal<StandardForm, OccupationStandard>
        open={editing !== null}
        method="PATCH"
        title={
          editing ? `${tx('修改职业标准', 'Edit the occupation standard')} · ${editing.occupationName}` : ''
        }
        path={`/occupation-standards/${editing?.id ?? ''}`}
        width={720}
        initialValues={
          editing
            ? {
                kind: editing.kind,
                title: editing.title,
                documentNo: editing.documentNo ?? '',
                issuedOn: editing.issuedOn ? dayjs(editing.issuedOn) : null,
                notes: editing.notes ?? '',
                subjects: Object.fromEntries(
                  LEVELS.map((l) => [l, editing.subjectsByLevel?.[l] ?? []]),
                ) as Record<Level, Subject[]>,
              }
            : {}
        }
        toBody={(v) => {
          const subjects = Object.fromEntries(
            LEVELS.map((l) => [l, SUBJECTS.filter((x) => v.subjects[l]?.includes(x))] as const).filter(
              ([, xs]) => xs.length > 0,
            ),
          );
          return {
            version: editing!.version,
            kind: v.kind,
            title: v.title.trim(),
            documentNo: v.documentNo?.trim() || null,
            issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
            notes: v.notes?.trim() || null,
            subjectsByLevel: Object.keys(subjects).length > 0 ? subjects : null,
          };
        }}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          void message.success(tx('已保存', 'Saved'));
          reload();
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={tx('类别', 'Kind')} rules={[{ required: true }]}>
              <Select options={Object.entries(KIND_TEXT).map(([value, l]) => ({ value, label: tx(...l) }))} />
            </Form.Item>
            <Form.Item name="title" label={tx('标准名称', 'Title')} rules={[{ required: true, max: 300 }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Space wrap style={{ width: '100%' }} align="start">
              <Form.Item name="documentNo" label={tx('文号', 'Reference')} rules={[{ max: 100 }]}>
                <Input maxLength={100} style={{ width: 260 }} />
              </Form.Item>
              <Form.Item name="issuedOn" label={tx('颁布日期', 'Issued on')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <div style={{ marginBottom: 8 }}>
              {tx(
                '各等级评价科目（按标准原文；不评价的等级不勾选）',
                'Subjects per level (as the standard prescribes; leave a level it does not cover empty)',
              )}
            </div>
            {LEVELS.map((l) => (
              <Form.Item
                key={l}
                name={['subjects', l]}
                label={levelName(Number(l))}
                style={{ marginBottom: 8 }}
              >
                <Checkbox.Group
                  data-testid={`subjects-${l}`}
                  options={SUBJECTS.map((x) => ({ value: x, label: tx(...SUBJECT_TEXT[x]) }))}
                />
              </Form.Item>
            ))}
            <Form.Item name="notes" label={tx('备注', 'Notes')} rules={[{ max: 2000 }]}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
            <p style={{ color: 'rgba(0,0,0,0.45)' }}>
              {tx(
                '修改只影响此后开设的批次；已开设的批次保留开设时带入的科目。',
                'A change applies to sessions opened afterwards; sessions already opened keep the subjects they were opened with.',
              )}
            </p>
          </>
        )}
      </FormModal>
    </Card>
  );
}
