import { power } from '../helpers/fixtures.js';

/*
 * Fixtures shared by the ownership rules' tests (owner-*, undertaker-foreign, department-cycle):
 * a second body, 卫健局 `wjj` with its unit `wjj-zfdd`, clean under every rule like the fixture
 * department `scjgj` / `scjgj-zfdd` of ../helpers/fixtures.ts.
 */
export const HEALTH = `kind: Department
id: wjj
name: 青水县卫生健康局
uscc: "11440100007482575H"
nature: statutory
contact:
  phone: "0899-8232011"
  supervisionPhone: "0899-8232000"
---
kind: Department
id: wjj-zfdd
name: 青水县卫生健康综合执法大队
unit: true
parent: wjj
`;

/**
 * The fixture penalty owned by another department (and undertaken by another unit, or by none
 * when `undertaker` is ''); the line numbers of `power()` are kept when an undertaker is given.
 */
export function ownedBy(department: string, undertaker: string, code?: string, name?: string, extra = ''): string {
  return power(code, name, extra).replace(
    'department: scjgj\nundertaker: scjgj-zfdd\n',
    `department: ${department}\n${undertaker === '' ? '' : `undertaker: ${undertaker}\n`}`,
  );
}
