// 首页: what each role starts from.
import { useAuth } from '../../app/auth';
import { AuthorityHome } from './authority-home';
import { ExpertHome } from './expert-home';
import { InstitutionHome } from './institution-home';
import { SysadminHome } from './sysadmin-home';
import { VerifierKeysPage } from '../verifiers/verifier-keys-page';

export function HomePage() {
  const { user } = useAuth();
  if (!user) return null;
  switch (user.role) {
    case 'authority_staff':
      return <AuthorityHome user={user} />;
    case 'institution_staff':
      return <InstitutionHome user={user} />;
    case 'expert':
      return <ExpertHome user={user} />;
    case 'sysadmin':
      return <SysadminHome user={user} />;
    case 'verifier':
      // A verifier organisation starts from its keys, its usage and any notice of the authority.
      return <VerifierKeysPage />;
  }
}
