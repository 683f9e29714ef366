// War-coverage detection. PLACEHOLDER: the detector replaces this file.
import type { WarCoverage } from '../model';

export interface DetectHints {
  units?: number;
  places?: number;
  claims?: number;
}

export function detectWarCoverage(_text: string, _hints?: DetectHints): WarCoverage {
  return { isWarCoverage: false, score: 0, reasons: [] };
}
