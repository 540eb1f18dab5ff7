/**
 * Libraries the server loads on first use rather than at startup (each costs a tenth of a second to a second to
 * load, and few requests need it). The startup bench measures what loading them all with the server would add,
 * and checks that importing the server leaves the CommonJS ones out of Node's require cache (faker is an ES
 * module: Node exposes no cache to check it in).
 */
export const deferredLibraries = ['exceljs', 'pdfkit', 'nodemailer', '@zxcvbn-ts/language-common', '@faker-js/faker'];
export const checkedInRequireCache = ['exceljs', 'pdfkit', 'nodemailer', '@zxcvbn-ts/language-common'];
