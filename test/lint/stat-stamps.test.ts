import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newJob, stampedFiles, stampJob } from '../../src/lint/stat-stamps.js';

describe('stamping a job shared with a thread', () => {
  const root = mkdtempSync(join(tmpdir(), 'powercat-stamps-'));
  mkdirSync(join(root, 'powers'));
  const paths = Array.from({ length: 600 }, (_, i) => `powers/p${i}.yaml`);
  paths.forEach((path, i) => writeFileSync(join(root, path), 'x'.repeat(i)));
  const expectStamped = (job: ReturnType<typeof newJob>) => {
    const { stampOf } = stampedFiles(job);
    paths.forEach((path, i) => {
      const stat = statSync(join(root, path));
      expect(stampOf(i)).toEqual({ size: i, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
    });
    expect(stampOf(paths.length)).toBeUndefined();
  };

  it('stamps every file of a job no thread took, without waiting', () => {
    const job = newJob(root, [...paths, 'powers/gone.yaml']);
    const started = performance.now();
    stampJob(job, 60_000);
    expect(performance.now() - started).toBeLessThan(30_000);
    expectStamped(job);
  });

  it('stamps every file when a thread took part of the job and stopped before stamping it', () => {
    const job = newJob(root, [...paths, 'powers/gone.yaml']);
    // The first chunk (256 files) was taken by a thread that never stamped it.
    Atomics.store(job.claims, 0, 256);
    const started = performance.now();
    stampJob(job, 50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expectStamped(job);
  });
});
