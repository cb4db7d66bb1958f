// /account: who I am, what I may do where, my password and where I am signed in.
import { Alert, Col, Row } from 'antd';
import { PageHeader } from '../../components/page-header.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { useSignedInMe } from './auth.api.ts';
import { AccountProfileCard } from './account-profile-card.tsx';
import { PasswordForm } from './password-form.tsx';
import { SessionsCard } from './sessions-card.tsx';

/** The user's own account page, where a first-time user is asked to change the password. */
export function AccountPage() {
  const me = useSignedInMe();
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t.account.title} />
      {me.user.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t.account.mustChangeTitle}
          description={t.account.mustChangeText}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <AccountProfileCard />
        </Col>
        <Col xs={24} xl={10}>
          <PasswordForm />
        </Col>
        <Col span={24}>
          <SessionsCard />
        </Col>
      </Row>
    </>
  );
}
