import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { EmptyState } from '../common/states';
import { hasRole, type Me, useMe } from './me-context';

type Audience = 'admins' | 'facilityManagers';

function mayOpen(me: Me, audience: Audience): boolean {
  if (audience === 'admins') return hasRole(me, 'ADMIN');
  return hasRole(me, 'FACILITY_MANAGER') || hasRole(me, 'ADMIN');
}

/**
 * The pages of a role: for anyone else a notice in place of the page, so no form or list of theirs is drawn
 * (the API refuses their data anyway; this keeps a person from seeing controls they cannot use).
 */
export function RoleGate({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  const me = useMe();
  if (mayOpen(me, audience)) return <Outlet />;
  return (
    <EmptyState
      title={t(`forbiddenPage.${audience}.title`)}
      action={
        <Button component={Link} to="/">
          {t('forbiddenPage.home')}
        </Button>
      }
    >
      {t(`forbiddenPage.${audience}.text`)}
    </EmptyState>
  );
}
