export * from './paper';
export * from './code-link';
export * from './lineage';
export * from './metric';
export * from './design';
export * from './entry';
export * from './area';
export * from './reading-list';
