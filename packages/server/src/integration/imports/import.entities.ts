import { contacts } from './import.contacts.js';
import { products } from './import.products.js';
import type { ImportHandler } from './import.rows.js';
import { responses } from './import.responses.js';
import { sales } from './import.sales.js';

/**
 * The entities a file may import, one handler each (import.<entity>.ts); what they share (units, row errors, cell
 * parsing) is in import.rows.ts.
 */
export const importHandlers = { contacts, products, sales, responses } as Record<string, ImportHandler<any, any>>;
