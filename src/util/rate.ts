/** The rate formatter lives with the other formatters (src/render/format.ts). */
export { formatRate } from '../render/format.js';
