import { CSV_LIST_SEPARATOR, LOCAL_SERVICE_CSV_COLUMNS, protectFromFormula, type LocalServiceCsvColumn } from './csv-columns.js';
import { formatCsvField } from './csv-parse.js';
import type { LocalService } from './local-service.js';

function cells(service: LocalService): Record<LocalServiceCsvColumn, string> {
  return {
    id: service.id,
    naam: service.name,
    organisatie: service.organisation,
    regio: service.region,
    contact: service.contact,
    kosten: service.cost,
    toegankelijkheid: service.accessibility,
    doelgroep: service.targetGroup,
    steunfuncties: service.supportFunctions.join(CSV_LIST_SEPARATOR),
    levensdomeinen: service.domains.join(CSV_LIST_SEPARATOR),
    werkmodellen: service.models.join(CSV_LIST_SEPARATOR),
    online: service.online ? 'ja' : 'nee',
  };
}

/**
 * K14: the sociale kaart as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed)
 * with the fixed header LOCAL_SERVICE_CSV_COLUMNS, one line per service in list order. Free-text
 * values are protected against spreadsheet formulas (see protectFromFormula). `bom` puts a UTF-8
 * byte-order mark in front so that spreadsheet programs read the accents right; the import drops it.
 */
export function exportLocalServicesCsv(services: readonly LocalService[], options: { bom?: boolean } = {}): string {
  const lines = [LOCAL_SERVICE_CSV_COLUMNS.join(',')];
  for (const service of services) {
    const row = cells(service);
    lines.push(LOCAL_SERVICE_CSV_COLUMNS.map((column) => formatCsvField(protectFromFormula(row[column]))).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
