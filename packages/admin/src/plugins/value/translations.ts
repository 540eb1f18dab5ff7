import type { FideleLocale, Messages } from '../../plugin';

export const valueTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      value: {
        menu_migration: 'RFM migration',
        menu_cohorts: 'Cohorts',
        migration: 'RFM migration between two snapshots',
        migration_help:
          'Buyers per segment before (rows) and after (columns). • : fewer than %{min} buyers, or hidden with such a cell.',
        before_after: 'Before \\ after',
        new: 'New',
        gone: 'Gone',
        from: 'Earlier snapshot',
        to: 'Later snapshot',
        need_two: 'Two completed snapshots of this brand are needed.',
        brand: 'Brand',
        all_brands: 'All brands',
        suppressed: 'Too few buyers to be shown',
        cohorts: 'Cohorts: retention and revenue',
        cohorts_help:
          'Share of each cohort buying in each month after its first purchase (month 0: that month). • : fewer than %{min} buyers.',
        cohort: 'Cohort',
        size: 'Buyers',
        month_n: 'M%{n}',
        by: 'Cohorts by',
        by_month: 'First-purchase month',
        by_action: 'Source action',
        months: 'Months',
        no_source: 'No source action',
        no_cohort: 'No buyer in the period.',
        cell_title: '%{buyers} buyers, %{revenue} (%{perMember} per member)',
      },
    },
  },
  fr: {
    fidele: {
      value: {
        menu_migration: 'Migration RFM',
        menu_cohorts: 'Cohortes',
        migration: 'Migration RFM entre deux instantanés',
        migration_help:
          'Acheteurs par segment avant (lignes) et après (colonnes). • : moins de %{min} acheteurs, ou masqué avec une telle case.',
        before_after: 'Avant \\ après',
        new: 'Nouveaux',
        gone: 'Sortis',
        from: 'Instantané antérieur',
        to: 'Instantané postérieur',
        need_two: 'Il faut deux instantanés terminés de cette marque.',
        brand: 'Marque',
        all_brands: 'Toutes les marques',
        suppressed: "Trop peu d'acheteurs pour être affiché",
        cohorts: 'Cohortes : rétention et chiffre d’affaires',
        cohorts_help:
          'Part de chaque cohorte qui achète chaque mois après son premier achat (mois 0 : ce mois-là). • : moins de %{min} acheteurs.',
        cohort: 'Cohorte',
        size: 'Acheteurs',
        month_n: 'M%{n}',
        by: 'Cohortes par',
        by_month: 'Mois du premier achat',
        by_action: 'Action source',
        months: 'Mois',
        no_source: 'Sans action source',
        no_cohort: 'Aucun acheteur sur la période.',
        cell_title: '%{buyers} acheteurs, %{revenue} (%{perMember} par membre)',
      },
    },
  },
};
