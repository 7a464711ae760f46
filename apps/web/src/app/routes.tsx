import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CardsSkeleton } from '../common/states';
import { DiscoverPage } from '../sessions/discover-page';
import { SignInPage } from '../auth/sign-in-page';
import { SignedIn } from './signed-in';

// Every page but the first one a person sees is its own chunk, loaded when it is opened.
const SessionPage = lazy(() => import('../sessions/session-page').then((m) => ({ default: m.SessionPage })));
const ProposePage = lazy(() => import('../sessions/propose-page').then((m) => ({ default: m.ProposePage })));
const MySessionsPage = lazy(() => import('../sessions/my-sessions-page').then((m) => ({ default: m.MySessionsPage })));
const ProfilePage = lazy(() => import('../profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const MentoringPage = lazy(() => import('../mentoring/mentoring-page').then((m) => ({ default: m.MentoringPage })));
const RoomsPage = lazy(() => import('../rooms/rooms-page').then((m) => ({ default: m.RoomsPage })));
const RoomPage = lazy(() => import('../rooms/room-page').then((m) => ({ default: m.RoomPage })));
const BookingsPage = lazy(() => import('../rooms/bookings-page').then((m) => ({ default: m.BookingsPage })));
const FacilityTeamsPage = lazy(() => import('../rooms/facility-teams-page').then((m) => ({ default: m.FacilityTeamsPage })));
const PeoplePage = lazy(() => import('../admin/people-page').then((m) => ({ default: m.PeoplePage })));
const RoundsPage = lazy(() => import('../admin/rounds-page').then((m) => ({ default: m.RoundsPage })));
const RoundPage = lazy(() => import('../admin/round-page').then((m) => ({ default: m.RoundPage })));
const MessagesPage = lazy(() => import('../admin/messages-page').then((m) => ({ default: m.MessagesPage })));
const ExplorerPage = lazy(() => import('../explorer/explorer-page').then((m) => ({ default: m.ExplorerPage })));
const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));

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
          <Route path="rooms" element={<RoomsPage />} />
          <Route path="rooms/bookings" element={<BookingsPage />} />
          <Route path="rooms/teams" element={<FacilityTeamsPage />} />
          <Route path="rooms/:id" element={<RoomPage />} />
          <Route path="admin/people" element={<PeoplePage />} />
          <Route path="admin/rounds" element={<RoundsPage />} />
          <Route path="admin/rounds/:id" element={<RoundPage />} />
          <Route path="admin/messages" element={<MessagesPage />} />
          <Route path="explorer" element={<ExplorerPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
