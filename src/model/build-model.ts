import { join } from 'node:path';
import type { SourceFile } from '../load/source.js';
import { CATALOGUE_FILE } from '../load/find-root.js';
import type { CatalogueData, CatalogueModel, DepartmentData, Entity, PowerData, ProcessData } from './types.js';

/** Sorts documents by kind. The root `powercat.yaml`'s first Catalogue document is the catalogue. */
export function buildModel(root: string, files: SourceFile[]): CatalogueModel {
  const model: CatalogueModel = {
    root,
    files,
    documents: files.flatMap((f) => f.documents),
    catalogue: undefined,
    departments: [],
    powers: [],
    processes: [],
  };
  for (const doc of model.documents) {
    const data = doc.value as Record<string, unknown>;
    switch (doc.kind) {
      case 'Catalogue':
        if (!model.catalogue && isRootCatalogueFile(root, doc.file)) {
          model.catalogue = { doc, data } as Entity<CatalogueData>;
        }
        break;
      case 'Department':
        model.departments.push({ doc, data } as Entity<DepartmentData>);
        break;
      case 'Power':
        model.powers.push({ doc, data } as Entity<PowerData>);
        break;
      case 'Process':
        model.processes.push({ doc, data } as Entity<ProcessData>);
        break;
    }
  }
  return model;
}

export function isRootCatalogueFile(root: string, file: SourceFile): boolean {
  return file.path === join(root, CATALOGUE_FILE);
}
