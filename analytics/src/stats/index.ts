export * from './proportions'
