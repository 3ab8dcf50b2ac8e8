import { Link } from 'react-router';
import { creditPagePath } from '../../../../modules/credit/portal/creditPortal';

/** An enterprise's name, linked to its public credit page. */
export function EnterpriseLink({ name, creditCode }: { name: string; creditCode: string }) {
  return <Link to={creditPagePath(creditCode)}>{name}</Link>;
}
