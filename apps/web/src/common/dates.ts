import dayjs from 'dayjs';
import { useMe } from '../app/me-context';

/** Dates as the signed-in person reads them: in their time zone and their language. */
export function useDates() {
  const { timeZone } = useMe();
  const inZone = (value: string | Date) => dayjs(value).tz(timeZone);
  return {
    timeZone,
    inZone,
    dateTime: (value: string) => inZone(value).format('dddd D MMMM YYYY, HH:mm'),
    shortDateTime: (value: string) => inZone(value).format('ddd D MMM, HH:mm'),
    time: (value: string) => inZone(value).format('HH:mm'),
    day: (value: string) => inZone(value).format('ddd D MMM'),
    relative: (value: string) => dayjs(value).fromNow(),
    /** A wall-clock value typed in a picker ("2030-03-02 14:00:00"), read in the person's zone, as an instant. */
    toInstant: (wallClock: string) => dayjs.tz(wallClock, timeZone).toISOString(),
    /** An instant as the wall-clock value a picker shows in the person's zone. */
    toWallClock: (value: string) => inZone(value).format('YYYY-MM-DD HH:mm:ss'),
  };
}
