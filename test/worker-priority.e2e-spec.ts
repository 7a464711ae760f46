import os from 'node:os';
import { PlatformHarness } from './support/platform-harness';

// Background mail gives way to people's requests where api and worker share the CPU (npm start, one VM).
describe('the worker at a lower CPU priority (WORKER_NICE, 10 unless set)', () => {
  const platform = new PlatformHarness();
  beforeAll(() => platform.start({ WORKER_NICE: '10' }));
  afterAll(() => platform.stop());

  it('runs niced, the api at normal priority', () => {
    expect(os.getPriority(platform.worker.pid)).toBe(10);
    expect(os.getPriority(platform.api.pid)).toBe(os.getPriority());
  });
});
