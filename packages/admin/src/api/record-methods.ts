import type {
  CreateParams,
  CreateResult,
  DataProvider,
  DeleteParams,
  DeleteResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyReferenceParams,
  GetManyReferenceResult,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
  UpdateParams,
  UpdateResult,
} from 'react-admin';

/** The react-admin methods a resource implements, on the records it really returns. */
export interface RecordMethods {
  getList?(resource: string, params: GetListParams): Promise<GetListResult<RaRecord>>;
  getOne?(resource: string, params: GetOneParams): Promise<GetOneResult<RaRecord>>;
  getMany?(resource: string, params: GetManyParams): Promise<GetManyResult<RaRecord>>;
  getManyReference?(resource: string, params: GetManyReferenceParams): Promise<GetManyReferenceResult<RaRecord>>;
  create?(resource: string, params: CreateParams): Promise<CreateResult<RaRecord>>;
  update?(resource: string, params: UpdateParams): Promise<UpdateResult<RaRecord>>;
  delete?(resource: string, params: DeleteParams): Promise<DeleteResult<RaRecord>>;
}

/** The custom methods of a provider type `P` (its named members other than react-admin's own methods). */
export type CustomMethods<P> = {
  [K in keyof P as string extends K ? never : K extends keyof RecordMethods ? never : K]: P[K];
};

/**
 * The resource's methods as react-admin's `DataProvider` (or the plugin's provider type `P`, which adds custom
 * methods). react-admin's methods are generic in the record type the *caller* names (`useGetOne<ContactRecord>(…)`),
 * which no provider can know or check: the records returned are `RaRecord`s and the caller's type is the caller's
 * claim. This is the one place that claim is accepted, so that providers are written on the records they build.
 */
export function recordProvider<P extends Partial<DataProvider> = Partial<DataProvider>>(
  methods: RecordMethods & NoInfer<CustomMethods<P>>,
): P {
  return methods as unknown as P;
}
