import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCatalogue, type CatalogueWatcher } from '../../src/preview/watch.js';
import { makeCatalogue } from '../helpers/catalogue.js';

/** Longer than the debounce and inotify's delivery together, so a call that is coming has come. */
const SETTLED = 600;
/** vi.waitFor's default of 1 s is short on a machine busy with other test runs. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000 });

const write = (root: string, name: string, text = 'kind: Department\n') => {
  mkdirSync(join(root, name, '..'), { recursive: true });
  writeFileSync(join(root, name), text);
};

describe('watchCatalogue', { timeout: 120_000 }, () => {
  let watcher: CatalogueWatcher | undefined;
  afterEach(() => watcher?.close());

  async function watching(root: string, onChange: () => Promise<void> = async () => undefined) {
    const calls = { started: 0, running: 0, mostAtOnce: 0, errors: [] as unknown[] };
    watcher = await watchCatalogue(root, {
      ignore: [join(root, 'site'), join(root, 'cache')],
      onChange: async () => {
        calls.started++;
        calls.mostAtOnce = Math.max(calls.mostAtOnce, ++calls.running);
        try {
          await onChange();
        } finally {
          calls.running--;
        }
      },
      onError: (error) => calls.errors.push(error),
    });
    return calls;
  }

  /** A watch whose onChange runs until `finish()`, and is running now. */
  async function runningSlowly() {
    const root = makeCatalogue({});
    let finishRun = () => undefined as void;
    const calls = await watching(root, () => new Promise((resolve) => (finishRun = resolve)));
    write(root, 'a.yaml');
    await eventually(() => expect(calls.running).toBe(1));
    return { root, calls, finish: () => finishRun() };
  }

  it('calls onChange once for a burst of writes', async () => {
    const root = makeCatalogue({ 'departments/a.yaml': 'kind: Department\n' });
    const calls = await watching(root);
    write(root, 'departments/a.yaml', 'kind: Department\nid: a\n');
    write(root, 'departments/b.yaml');
    write(root, 'powers/new/p.yml');
    write(root, 'powercat.yaml', 'kind: Catalogue\nid: t\nname: 改名\n');
    await eventually(() => expect(calls.started).toBe(1));
    await sleep(SETTLED);
    expect(calls.started).toBe(1);
  });

  it('sees deletions, renames and .gitignore changes', async () => {
    const root = makeCatalogue({ 'departments/a.yaml': 'kind: Department\n' });
    const calls = await watching(root);
    for (const [i, change] of [
      () => rmSync(join(root, 'departments/a.yaml')),
      () => renameSync(join(root, 'powercat.yaml'), join(root, 'powercat.yml')),
      () => write(root, '.gitignore', 'drafts/\n'),
    ].entries()) {
      change();
      await eventually(() => expect(calls.started).toBe(i + 1));
    }
  });

  it('does not call it for powercat\'s own output, hidden folders, node_modules or files that are not YAML', async () => {
    const root = makeCatalogue({});
    const calls = await watching(root);
    write(root, 'site/index.yaml');
    write(root, 'site.powercat-staging-123/index.yaml');
    write(root, 'site.powercat-previous-123/index.yaml');
    write(root, 'cache/build-state.yaml');
    write(root, '.git/objects/x.yaml');
    write(root, 'node_modules/pkg/x.yaml');
    write(root, 'departments/.a.yaml.swp');
    write(root, 'departments/a.yaml~');
    write(root, 'notes.txt');
    await sleep(SETTLED);
    expect(calls.started).toBe(0);
    expect(calls.errors).toEqual([]);
  });

  it('never runs twice at once: changes during a run make exactly one more run after it', async () => {
    const { root, calls, finish } = await runningSlowly();
    for (const name of ['b.yaml', 'c.yaml', 'd.yaml']) {
      write(root, name);
      await sleep(250);
    }
    expect(calls.started).toBe(1);
    finish();
    await eventually(() => expect(calls.started).toBe(2));
    finish();
    await sleep(SETTLED);
    expect(calls.started).toBe(2);
    expect(calls.mostAtOnce).toBe(1);
  });

  it('reports a failed onChange and goes on watching', async () => {
    const root = makeCatalogue({});
    const calls = await watching(root, async () => {
      throw new Error('the build broke');
    });
    write(root, 'a.yaml');
    await eventually(() => expect(calls.errors).toEqual([new Error('the build broke')]));
    write(root, 'b.yaml');
    await eventually(() => expect(calls.started).toBe(2));
  });

  it('waits on close for a run in progress, and runs nothing after it', async () => {
    const { root, calls, finish } = await runningSlowly();
    write(root, 'b.yaml');
    await sleep(SETTLED);
    let closed = false;
    const closing = watcher!.close().then(() => (closed = true));
    await sleep(50);
    expect(closed).toBe(false);
    finish();
    await closing;
    expect(calls.started).toBe(1);
  });
});
