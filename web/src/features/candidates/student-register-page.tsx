// 学籍名册 /school-students (gz-rules §5(1): 评价对象为本校全日制在校学生，评价时间限定为毕业年度或专业全课程
// 结课后): a school downloads the template, imports its register (per row, with a report; the same row
// again changes nothing) and sees it with masked document numbers. Its candidates are checked against it.
import { Alert, Button, Card, Space, Table, Tag, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, toApiError, type Problem } from '../../app/api';
import { useI18n } from '../../app/i18n';
import { useApi } from '../../app/use-api';
import { useText } from '../cases/texts';
import { CandidateProblem } from './candidate-problem';
import { COLUMN_EN, DOC_TYPES } from './texts';
import type { Student, StudentImportReport } from './types';

export function StudentRegisterPage() {
  const tx = useText();
  const { lang } = useI18n();
  const { data, error, loading, reload } = useApi<{ items: Student[] }>('/school-students');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<StudentImportReport | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setProblem(null);
    setReport(null);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      setReport(await api.post<StudentImportReport>('/school-students/import', form));
      reload();
    } catch (err) {
      setProblem(toApiError(err).problem);
    } finally {
      setBusy(false);
    }
  };
  const yes = (b: boolean) => (b ? tx('是', 'Yes') : tx('否', 'No'));
  return (
    <Card title={tx('学籍名册', 'Student register')}>
      <p style={{ marginTop: 0 }}>
        {tx(
          '院校只能评价本校全日制在校学生，评价时间限定为毕业年度或专业全课程结课后（《贵州省职业技能等级认定机构遴选及退出实施细则》第五条第（一）项）。登记考生时按本名册核对。',
          'A school evaluates only its own full-time students, in their graduation year or after all courses of their major (Guizhou selection rules §5(1)). Candidates are checked against this register when registered.',
        )}
      </p>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href="/api/v1/school-students/template">
          {tx('下载模板', 'Template')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {tx('导入学籍名册', 'Import the register')}
          </Button>
        </Upload>
      </Space>
      {problem && <CandidateProblem problem={problem} />}
      {error && <CandidateProblem problem={error.problem} />}
      {report && (
        <Alert
          style={{ marginBottom: 16 }}
          type={report.refused > 0 ? 'warning' : 'success'}
          showIcon
          title={tx(
            `共 ${report.rows} 行：新增 ${report.inserted}，更新 ${report.updated}，未变 ${report.unchanged}，有误 ${report.refused}`,
            `${report.rows} rows: ${report.inserted} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.refused} with errors`,
          )}
          description={
            report.report.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {report.report.map((r) => (
                  <li key={r.row}>
                    {tx(`第 ${r.row} 行`, `Row ${r.row}`)}
                    {r.column ? ` · ${lang === 'en' ? (COLUMN_EN[r.column] ?? r.column) : r.column}` : ''}：
                    {r.reason}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Table<Student>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 800 }}
        columns={[
          { title: tx('姓名', 'Name'), dataIndex: 'name', width: 120 },
          {
            title: tx('证件', 'Document'),
            dataIndex: 'docMasked',
            render: (m: string, s) => `${tx(...(DOC_TYPES[s.docType] ?? [s.docType, s.docType]))} ${m}`,
          },
          {
            title: tx('全日制', 'Full-time'),
            dataIndex: 'fullTime',
            width: 90,
            render: (b: boolean) => <Tag color={b ? 'success' : 'default'}>{yes(b)}</Tag>,
          },
          { title: tx('预计毕业年度', 'Graduation year'), dataIndex: 'graduationYear', width: 130 },
          {
            title: tx('全课程已结课', 'All courses completed'),
            dataIndex: 'allCoursesCompleted',
            width: 150,
            render: yes,
          },
        ]}
      />
    </Card>
  );
}
