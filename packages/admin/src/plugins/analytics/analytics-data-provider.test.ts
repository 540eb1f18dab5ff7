import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createAnalyticsDataProvider } from './analytics-data-provider';

describe('analytics data provider', () => {
  it('asks for the comparison file in the format chosen and returns the file', async () => {
    const file = { fileName: 'actions-2026-12-07.xlsx', mimeType: 'application/x', contentBase64: 'UEs=', rowCount: 4 };
    const api = fakeApi({ ActionComparisonFile: { data: { actionComparisonFile: file } } });
    const dp = createAnalyticsDataProvider(fakeClient(api, fakeSession()));
    expect(await dp.getActionComparisonFile('XLSX')).toEqual(file);
    expect(api.calls[0]!.variables).toEqual({ format: 'XLSX' });
  });

  it('turns a refusal into a react-admin error with the status', async () => {
    const api = fakeApi({
      ActionComparisonFile: {
        data: null,
        errors: [{ message: 'no', path: ['actionComparisonFile'], extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const dp = createAnalyticsDataProvider(fakeClient(api, fakeSession()));
    const error = await dp.getActionComparisonFile('CSV').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 403 });
  });
});
