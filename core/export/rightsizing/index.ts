// Rightsizing results as a ticket list for the resources' owners (CSV, XLSX), with their context.
export { TICKET_COLUMNS, evidenceText, ticketCells } from './tickets.ts';
export { rightsizeTicketsContext, rightsizeCommand } from './context.ts';
export { ticketsToCsv } from './csv.ts';
export { ticketsToXlsx, TICKETS_SHEET, SUMMARY_SHEET, TOTAL_LABEL } from './xlsx.ts';
