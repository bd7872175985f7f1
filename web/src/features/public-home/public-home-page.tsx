// 首页 for the public (no account): what SkillReg is, and the doors a citizen, an institution or an
// employer looks for — the directory, the public notices, the service guides, certificate checks, the
// published sanctions and the party's own violation case — and where complaints will be (marked as
// coming: a later issue builds them; no form pretends to work).
import { Col, Row, Space } from 'antd';
import {
  AuditOutlined,
  BookOutlined,
  CompassOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Card, Tag, Typography } from '../../app/light';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import { useText } from '../cases/texts';
import type { GuideSummary } from '../guides/types';

interface Door {
  key: string;
  icon: ReactNode;
  title: string;
  text: string;
  to?: string;
}

function DoorCard({ door, coming }: { door: Door; coming: string }) {
  const body = (
    <Card
      hoverable={!!door.to}
      size="small"
      style={{ height: '100%', opacity: door.to ? 1 : 0.85 }}
      data-testid={`home-door-${door.key}`}
    >
      <Space align="start" size={12}>
        <span style={{ fontSize: 28, color: door.to ? '#1677ff' : '#8c8c8c' }}>{door.icon}</span>
        <Space orientation="vertical" size={2}>
          <Space wrap size={6}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {door.title}
            </Typography.Text>
            {!door.to && <Tag color="default">{coming}</Tag>}
          </Space>
          <Typography.Text type="secondary">{door.text}</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
  return door.to ? (
    <Link to={door.to} style={{ display: 'block', height: '100%' }}>
      {body}
    </Link>
  ) : (
    body
  );
}

export function PublicHomePage() {
  const tx = useText();
  const { t } = useI18n();
  const guides = useApi<{ items: GuideSummary[] }>('/public/guides');
  const doors: Door[] = [
    {
      key: 'directory',
      icon: <UnorderedListOutlined />,
      title: tx('机构目录', 'Directory'),
      text: tx(
        '查询经备案或遴选并公布的评价机构：备案编码、认定的职业（工种）和等级、有效期。',
        'Find filed and selected institutions: filing code, occupations and levels, validity.',
      ),
      to: '/directory',
    },
    {
      key: 'notices',
      icon: <NotificationOutlined />,
      title: tx('公示公告', 'Public notices'),
      text: tx(
        '拟备案、拟入选的机构名单在此公示；公示期内任何人都可在线提出异议，无需注册。',
        'Institutions about to be filed or selected; anyone may object online during the period, without an account.',
      ),
      to: '/public-notices',
    },
    {
      key: 'guides',
      icon: <CompassOutlined />,
      title: t('nav.guides'),
      text: tx(
        '每个事项的申请对象、条件、材料、流程和时限，由系统执行的规则生成，逐条注明依据。',
        'Who may apply, conditions, materials, steps and time limits of each procedure, with their articles.',
      ),
      to: '/guides',
    },
    {
      key: 'rules',
      icon: <BookOutlined />,
      title: t('nav.rules'),
      text: tx(
        '五部规定的条文原文与系统中的规则一一对照，可在线试算。',
        'The articles of the five regulations beside the rules that encode them; try them online.',
      ),
      to: '/rules',
    },
    {
      key: 'certificates',
      icon: <SafetyCertificateOutlined />,
      title: t('nav.verify'),
      text: tx(
        '按证书编号，或持证人姓名和证件号码，核验职业技能等级证书的真伪和状态。',
        'Check that a skill-level certificate is genuine and valid, by its number or by the holder’s name and document.',
      ),
      to: '/verify',
    },
    {
      key: 'sanctions',
      icon: <ProfileOutlined />,
      title: t('nav.sanctions'),
      text: tx(
        '按规定公告的违纪违规处理决定和诚信不良档案，个人姓名已隐去部分文字。',
        'Violation decisions published as the rules require, and the bad-credit register; personal names partly hidden.',
      ),
      to: '/sanctions',
    },
    {
      key: 'party',
      icon: <FileSearchOutlined />,
      title: t('nav.party'),
      text: tx(
        '被处理的参评人员、工作人员凭案件编号和本人证件查看案件，在线陈述申辩、申请复核。',
        'Candidates and staff members dealt with for a violation: see your case, answer it and ask for a review online.',
      ),
      to: '/party',
    },
    {
      key: 'complaints',
      icon: <AuditOutlined />,
      title: tx('投诉举报', 'Complaints'),
      text: tx(
        '将可在线投诉评价机构的违规行为，并查询办理进度。',
        'Will let anyone complain about an institution’s misconduct online and follow the handling.',
      ),
    },
  ];
  return (
    <Space orientation="vertical" size={24} style={{ width: '100%' }} data-testid="public-home">
      <div style={{ maxWidth: 860 }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16 }}>
          {tx(
            'SkillReg 依照国家和地方的规定，办理职业技能等级评价机构的遴选、备案、推荐、监管与退出，并向社会公开机构目录、公示公告和办事指南。每一项决定都注明所依据的条文。',
            'SkillReg runs the selection, filing, recommendation, supervision and exit of skill-level evaluation institutions as the regulations say, and publishes the directory, public notices and service guides. Every decision cites the article it rests on.',
          )}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {tx(
            '评价机构和监管部门的工作人员请登录办理业务。',
            'Staff of institutions and authorities: please log in to work on cases.',
          )}
        </Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        {doors.map((d) => (
          <Col xs={24} sm={12} xl={8} key={d.key}>
            <DoorCard door={d} coming={tx('即将开通', 'Coming')} />
          </Col>
        ))}
      </Row>
      {guides.data && guides.data.items.length > 0 && (
        <Card title={t('nav.guides')} size="small">
          <Row gutter={[16, 8]}>
            {guides.data.items.map((g) => (
              <Col xs={24} md={12} key={g.procedure}>
                <Link to={`/guides/${g.procedure}`}>{g.procedure_zh}</Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </Space>
  );
}
