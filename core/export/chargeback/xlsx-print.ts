// How a statement's sheets print: A4 (paper size 9), each sheet as wide as the page, as many
// pages long as it takes (finance prints and files statements).
import type ExcelJS from 'exceljs';

export const PRINT_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
