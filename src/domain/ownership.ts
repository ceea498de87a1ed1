import { textOf } from '../model/read.js';
import type { DepartmentData, Entity } from '../model/types.js';

/** A 内设机构/科室: `unit: true` (anything else, including a wrong type, reads as false). */
export function isUnit(department: Entity<DepartmentData>): boolean {
  return department.data.unit === true;
}

/** How a message names a department: its `name`, else its id. */
export function departmentLabel(department: Entity<DepartmentData>, id: string): string {
  return textOf(department.data.name)?.trim() || id;
}
