export * from './names'
export * from './browser'
export * from './server'
export * from './contract'
export {
  amountField,
  currencyField,
  idField,
  lineItemSchema,
  nameField,
  promoCodeField,
  urlField,
} from './fields'
