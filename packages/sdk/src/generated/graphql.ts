/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The medium that carries a marketing action. */
export type ActionMedium =
  | 'DOOR_TO_DOOR'
  | 'EMAIL'
  | 'EVENT'
  | 'FAX_MAILING'
  | 'MAILING'
  | 'NEWSLETTER'
  | 'PRESS'
  | 'SMS'
  | 'TELEMARKETING'
  | 'WEB';

/** The kind of relation a contact has with the company. */
export type ContactKind =
  | 'BANKER'
  | 'CLIENT'
  | 'FORMER_CLIENT'
  | 'JOURNALIST'
  | 'PROSPECT'
  | 'RELATION'
  | 'SUPPLIER';

export type DatabaseProvider =
  | 'POSTGRESQL'
  | 'SQLITE';

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, database: DatabaseProvider, version: string } };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { overview: { contactCount: number, productCount: number, actionCount: number, saleCount: number, contactsByKind: Array<{ kind: ContactKind, count: number }>, salesByMonth: Array<{ month: string, saleCount: number, revenue: number }>, actionsByMedium: Array<{ medium: ActionMedium, count: number }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    status
    database
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  overview {
    contactCount
    productCount
    actionCount
    saleCount
    contactsByKind {
      kind
      count
    }
    salesByMonth {
      month
      saleCount
      revenue
    }
    actionsByMedium {
      medium
      count
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;