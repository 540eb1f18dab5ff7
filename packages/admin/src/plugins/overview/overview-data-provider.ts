import type { GraphQLClient, RequestOptions } from '../../api/graphql-client';
import { OverviewQuery, type Overview } from '../../api/overview';

/** The custom method the overview plugin adds to the admin's data provider (a type alias: it must fit `DataProvider`'s index signature). */
export type OverviewDataProvider = {
  getOverview(options?: RequestOptions): Promise<Overview>;
};

export function createOverviewDataProvider(client: GraphQLClient): OverviewDataProvider {
  return {
    getOverview: (options) => client.request(OverviewQuery, undefined, options).then((data) => data.overview),
  };
}
