export * from './lib/project/checklist.component';
export * from './lib/template/checklist-template.component';
