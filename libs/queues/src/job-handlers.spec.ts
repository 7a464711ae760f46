import { type DeclaredJobs, jobHandlerProblems } from './job-handlers';

describe('jobHandlerProblems (the worker boot check)', () => {
  const declared: DeclaredJobs[] = [{ 'mail-send': 'mail', 'mail-sweep': 'mail' }, { 'report-run': 'reports' }];

  it('passes when every declared job has exactly one handler on its queue', () => {
    expect(
      jobHandlerProblems(declared, [
        { name: 'MailProcessor', queue: 'mail', jobs: ['mail-send', 'mail-sweep'] },
        { name: 'ReportProcessor', queue: 'reports', jobs: ['report-run'] },
      ]),
    ).toEqual([]);
  });

  it('names a declared job without a handler, and one handled on the wrong queue', () => {
    expect(
      jobHandlerProblems(declared, [
        { name: 'MailProcessor', queue: 'mail', jobs: ['mail-send', 'mail-sweep'] },
        { name: 'ReportProcessor', queue: 'mail', jobs: ['report-run'] },
      ]),
    ).toEqual(['job report-run on queue reports has no handler', 'processor ReportProcessor handles report-run, which is not declared on queue mail']);
  });

  it('names a job with two handlers and a processor that lists none', () => {
    expect(
      jobHandlerProblems(declared, [
        { name: 'MailProcessor', queue: 'mail', jobs: ['mail-send', 'mail-sweep'] },
        { name: 'SecondMailProcessor', queue: 'mail', jobs: ['mail-send'] },
        { name: 'ReportProcessor', queue: 'reports', jobs: ['report-run'] },
        { name: 'LegacyProcessor', queue: 'legacy', jobs: null },
      ]),
    ).toEqual([
      'processor LegacyProcessor does not list its job handlers',
      'job mail-send on queue mail has 2 handlers (MailProcessor, SecondMailProcessor)',
    ]);
  });
});
