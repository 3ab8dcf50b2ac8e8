import { Outlet } from 'react-router';
import { PortalFooter } from '../../pages/portal/components/PortalFooter';
import { PortalHeader } from '../../pages/portal/components/PortalHeader';
import '../../pages/portal/portal.css';

/** The public portal: plain HTML and CSS only, so that its first load stays small. */
export function PortalLayout() {
  return (
    <div className="pt">
      <PortalHeader />
      <main className="pt-main">
        <div className="pt-container">
          <Outlet />
        </div>
      </main>
      <PortalFooter />
    </div>
  );
}
