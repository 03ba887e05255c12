export * from './advice'
export * from './audit'
