import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CardsSkeleton } from '../common/states';
import { DiscoverPage } from '../sessions/discover-page';
import { SignInPage } from '../auth/sign-in-page';
import { RoleGate } from './role-gate';
import { SignedIn } from './signed-in';

// Every page but the first one a person sees is its own chunk, loaded when it is opened, with the rest of
// Mantine's styles and the other features' texts (a first visit loads first-visit-styles.ts and texts.ts only).
function page<Name extends string>(load: () => Promise<Record<Name, React.ComponentType>>, name: Name) {
  return lazy(() => Promise.all([load(), import('./all-styles'), import('../i18n/page-texts')]).then(([module]) => ({ default: module[name] })));
}

const SessionPage = page(() => import('../sessions/session-page'), 'SessionPage');
const ProposePage = page(() => import('../sessions/propose-page'), 'ProposePage');
const MySessionsPage = page(() => import('../sessions/my-sessions-page'), 'MySessionsPage');
const ProfilePage = page(() => import('../profile/profile-page'), 'ProfilePage');
const MentoringPage = page(() => import('../mentoring/mentoring-page'), 'MentoringPage');
const MyMatchesPage = page(() => import('../mentoring/my-matches-page'), 'MyMatchesPage');
const MatchPage = page(() => import('../mentoring/match-page'), 'MatchPage');
const RoomsPage = page(() => import('../rooms/rooms-page'), 'RoomsPage');
const RoomPage = page(() => import('../rooms/room-page'), 'RoomPage');
const BookingsPage = page(() => import('../rooms/bookings-page'), 'BookingsPage');
const FacilityTeamsPage = page(() => import('../rooms/facility-teams-page'), 'FacilityTeamsPage');
const ApprovalsPage = page(() => import('../rooms/approvals-page'), 'ApprovalsPage');
const BookRoomPage = page(() => import('../rooms/book-room-page'), 'BookRoomPage');
const InboundPage = page(() => import('../admin/inbound-page'), 'InboundPage');
const PeoplePage = page(() => import('../admin/people-page'), 'PeoplePage');
const RoundsPage = page(() => import('../admin/rounds-page'), 'RoundsPage');
const RoundPage = page(() => import('../admin/round-page'), 'RoundPage');
const MessagesPage = page(() => import('../admin/messages-page'), 'MessagesPage');
const AuditLogPage = page(() => import('../admin/audit-log-page'), 'AuditLogPage');
const ExplorerPage = page(() => import('../explorer/explorer-page'), 'ExplorerPage');
const NotFoundPage = page(() => import('./not-found-page'), 'NotFoundPage');

export function AppRoutes() {
  return (
    <Suspense fallback={<CardsSkeleton />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route element={<SignedIn />}>
          <Route index element={<DiscoverPage />} />
          <Route path="sessions/:id" element={<SessionPage />} />
          <Route path="propose" element={<ProposePage />} />
          <Route path="my-sessions" element={<MySessionsPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="mentoring" element={<MentoringPage />} />
          <Route path="mentoring/matches" element={<MyMatchesPage />} />
          <Route path="mentoring/matches/:id" element={<MatchPage />} />
          <Route path="room-bookings" element={<BookRoomPage />} />
          <Route element={<RoleGate audience="facilityManagers" />}>
            <Route path="rooms" element={<RoomsPage />} />
            <Route path="rooms/bookings" element={<BookingsPage />} />
            <Route path="rooms/teams" element={<FacilityTeamsPage />} />
            <Route path="rooms/approvals" element={<ApprovalsPage />} />
            <Route path="rooms/:id" element={<RoomPage />} />
          </Route>
          <Route element={<RoleGate audience="admins" />}>
            <Route path="admin/people" element={<PeoplePage />} />
            <Route path="admin/rounds" element={<RoundsPage />} />
            <Route path="admin/rounds/:id" element={<RoundPage />} />
            <Route path="admin/messages" element={<MessagesPage />} />
            <Route path="admin/inbound" element={<InboundPage />} />
            <Route path="admin/audit" element={<AuditLogPage />} />
          </Route>
          <Route path="explorer" element={<ExplorerPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
