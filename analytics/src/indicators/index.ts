export * from './types'
export * from './capture'
