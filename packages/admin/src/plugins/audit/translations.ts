import type { FideleLocale, Messages } from '../../plugin';

export const auditTranslations: Record<FideleLocale, Messages> = {
  en: {
    resources: {
      auditLog: {
        name: 'Audit log |||| Audit log',
        fields: {
          at: 'When',
          actorUser: 'Actor',
          operation: 'Operation',
          operationName: 'API operation',
          entity: 'Entity',
          entityId: 'Entity id',
          fields: 'Fields',
          purpose: 'Purpose',
          outcome: 'Outcome',
          from: 'From',
          to: 'To',
        },
      },
    },
  },
  fr: {
    resources: {
      auditLog: {
        name: 'Journal d’audit |||| Journal d’audit',
        fields: {
          at: 'Quand',
          actorUser: 'Auteur',
          operation: 'Opération',
          operationName: 'Opération de l’API',
          entity: 'Entité',
          entityId: 'Id de l’entité',
          fields: 'Champs',
          purpose: 'Finalité',
          outcome: 'Résultat',
          from: 'Du',
          to: 'Au',
        },
      },
    },
  },
};
