// Error codes of the forecast engine. WorkbenchError carries them to every transport.
import { WorkbenchError } from '../../errors.ts';

export const ForecastErrorCode = {
  FORECAST_BAD_SPEC: 'FORECAST_BAD_SPEC',
  FORECAST_NO_DATA: 'FORECAST_NO_DATA',
} as const;

export function badForecastSpec(message: string, details?: Record<string, unknown>): WorkbenchError {
  return new WorkbenchError(ForecastErrorCode.FORECAST_BAD_SPEC, message, details);
}
