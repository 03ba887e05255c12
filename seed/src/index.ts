export * from "./shop-definition"
export { starterShop } from "./starter-shop"
