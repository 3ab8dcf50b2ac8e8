import type { Permission } from '@gongzhi/contracts';
import type { ComponentType, ReactNode } from 'react';
import { ForbiddenState } from '../../../ui/ErrorState';
import { can, useCurrentUser } from '../hooks/currentUser';

/** Shows the page only to users holding one of the permissions (a bookmarked URL is not a way in). */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const me = useCurrentUser();
  if (!anyOf.some((permission) => can(me, permission))) return <ForbiddenState />;
  return <>{children}</>;
}

/** A route's page behind `RequirePermission`. */
export function withPermission(anyOf: Permission[], Page: ComponentType): ComponentType {
  return function PermittedPage() {
    return (
      <RequirePermission anyOf={anyOf}>
        <Page />
      </RequirePermission>
    );
  };
}
