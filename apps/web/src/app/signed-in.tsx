import { AppShell, Burger, Group, Menu, NavLink, SegmentedControl, Skeleton, Stack, Text, UnstyledButton, Avatar, Divider, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuilding,
  IconCalendarEvent,
  IconCalendarPlus,
  IconChecklist,
  IconCalendarTime,
  IconChevronDown,
  IconCode,
  IconCompass,
  IconHeartHandshake,
  IconHistory,
  IconLogout,
  IconMailDown,
  IconMailExclamation,
  IconPlus,
  IconSitemap,
  IconTools,
  IconUser,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorCode } from '../api/client';
import { signOut } from '../auth/auth-api';
import { CardsSkeleton, ErrorState } from '../common/states';
import { applyLanguage } from '../i18n/i18n';
import { hasRole, type Me, MeProvider } from './me-context';
import { MeDocument, SetLanguageDocument } from '../gql/graphql';

interface NavItem {
  to: string;
  label: string;
  icon: React.ReactNode;
}

function navigation(me: Me, t: (key: string) => string): { title: string | null; items: NavItem[] }[] {
  const groups = [
    {
      title: null,
      items: [
        { to: '/', label: t('nav.discover'), icon: <IconCompass size={18} /> },
        { to: '/my-sessions', label: t('nav.mySessions'), icon: <IconCalendarEvent size={18} /> },
        { to: '/propose', label: t('nav.propose'), icon: <IconPlus size={18} /> },
        { to: '/room-bookings', label: t('nav.bookRoom'), icon: <IconCalendarPlus size={18} /> },
        { to: '/mentoring', label: t('nav.mentoring'), icon: <IconUsersGroup size={18} /> },
        { to: '/mentoring/matches', label: t('nav.myMatches'), icon: <IconHeartHandshake size={18} /> },
        { to: '/profile', label: t('nav.profile'), icon: <IconUser size={18} /> },
      ],
    },
  ];
  if (hasRole(me, 'FACILITY_MANAGER') || hasRole(me, 'ADMIN')) {
    groups.push({
      title: t('nav.facilities'),
      items: [
        { to: '/rooms', label: t('nav.rooms'), icon: <IconBuilding size={18} /> },
        { to: '/rooms/bookings', label: t('nav.bookings'), icon: <IconCalendarTime size={18} /> },
        { to: '/rooms/teams', label: t('nav.teams'), icon: <IconTools size={18} /> },
        { to: '/rooms/approvals', label: t('nav.approvals'), icon: <IconChecklist size={18} /> },
      ],
    } as never);
  }
  if (hasRole(me, 'ADMIN')) {
    groups.push({
      title: t('nav.admin'),
      items: [
        { to: '/admin/people', label: t('nav.people'), icon: <IconUsers size={18} /> },
        { to: '/admin/rounds', label: t('nav.rounds'), icon: <IconSitemap size={18} /> },
        { to: '/admin/messages', label: t('nav.messages'), icon: <IconMailExclamation size={18} /> },
        { to: '/admin/inbound', label: t('nav.inbound'), icon: <IconMailDown size={18} /> },
        { to: '/admin/audit', label: t('nav.audit'), icon: <IconHistory size={18} /> },
      ],
    } as never);
  }
  return groups;
}

function isActive(pathname: string, to: string): boolean {
  if (to === '/') return pathname === '/' || pathname.startsWith('/sessions/');
  if (to === '/mentoring') return pathname === '/mentoring';
  if (to === '/rooms') return pathname === '/rooms' || /^\/rooms\/(?!bookings|teams|approvals)/.test(pathname);
  return pathname === to || pathname.startsWith(`${to}/`);
}

function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const [, setLanguage] = useMutation(SetLanguageDocument);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={i18n.language}
      onChange={(language) => {
        applyLanguage(language);
        void setLanguage({ language });
      }}
      data={[
        { value: 'nl', label: 'NL' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.account', { name: me.name })}>
          <Group gap={8} wrap="nowrap">
            <Avatar name={me.name} color="kennis" variant="filled" size="sm" />
            <Text size="sm" fw={500} visibleFrom="sm">
              {me.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/explorer" leftSection={<IconCode size={16} />}>
          {t('nav.explorer')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => {
            void signOut().then((redirectTo) => window.location.assign(redirectTo));
          }}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

const ME_CONTEXT = { additionalTypenames: ['PersonSkill'] };

/** The gate and frame of the app: the signed-in person, the header and the navigation. */
export function SignedIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  // Tagged with PersonSkill even while the list is empty, so setMySkill and removeMySkill refetch it.
  const [{ data, error, fetching }] = useQuery({ query: MeDocument, context: ME_CONTEXT });
  const language = data?.me.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
  useEffect(close, [location.pathname, close]);

  // Not signed in: the API client is already on its way to the sign-in page (see app.tsx).
  const unauthenticated = errorCode(error) === 'UNAUTHENTICATED';
  const me = data?.me;
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Group gap={8} renderRoot={(props) => <Link to="/" {...props} />} style={{ textDecoration: 'none', color: 'inherit' }} wrap="nowrap">
              <Avatar color="kennis" variant="filled" radius="md" size="sm" aria-hidden>
                K
              </Avatar>
              <Text fw={700} size="lg">
                Kennis
              </Text>
            </Group>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me && <UserMenu me={me} />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.navigation')}>
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          {me ? (
            navigation(me, t).map((group, index) => (
              <Stack key={group.title ?? index} gap={2} mb="sm">
                {group.title && (
                  <>
                    {index > 0 && <Divider my={4} />}
                    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={4}>
                      {group.title}
                    </Text>
                  </>
                )}
                {group.items.map((item) => (
                  <NavLink
                    key={item.to}
                    component={Link}
                    to={item.to}
                    label={item.label}
                    leftSection={item.icon}
                    // A named color, so the theme's light variant (text contrast under the mouse) applies.
                    color="kennis"
                    active={isActive(location.pathname, item.to)}
                    aria-current={isActive(location.pathname, item.to) ? 'page' : undefined}
                    style={{ borderRadius: 8 }}
                  />
                ))}
              </Stack>
            ))
          ) : (
            <Stack gap="xs">
              {Array.from({ length: 5 }, (_, index) => (
                <Skeleton key={index} height={32} />
              ))}
            </Stack>
          )}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Container size="lg" px={0}>
          {me ? (
            <MeProvider value={me}>
              <Suspense fallback={<CardsSkeleton />}>
                <Outlet />
              </Suspense>
            </MeProvider>
          ) : error && !fetching && !unauthenticated ? (
            <ErrorState error={error} />
          ) : (
            <CardsSkeleton />
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
