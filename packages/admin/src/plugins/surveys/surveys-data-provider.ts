import {
  CloseSurveyDocument,
  CreateSurveyDocument,
  ReferenceDataDocument,
  SegmentsDocument,
  SendSurveyDocument,
  SurveyDocument,
  SurveyResultsDocument,
  SurveysDocument,
  UpdateSurveyDocument,
  type FideleClient,
  type SendSurveyMutation,
  type SurveyFieldsFragment,
  type SurveyInput,
  type SurveyQuestionType,
  type SurveyResultsQuery,
} from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { raErrors } from '../../api/ra-errors';

export type SurveyRow = SurveyFieldsFragment & { invitations?: { totalCount: number } };
export type SurveyResults = SurveyResultsQuery['surveyResults'];
export type SendReport = Omit<SendSurveyMutation['sendSurvey'], 'survey'>;

/** One question as the builder edits it; options as typed, one per line. */
export interface QuestionDraft {
  type: SurveyQuestionType;
  label: string;
  options: string;
  scaleMax: string;
  required: boolean;
}

export interface SurveyDraft {
  name: string;
  description: string;
  brand: string;
  questions: QuestionDraft[];
}

/** Whom to send to: a segment, or the contacts found by a search (empty: every contact of the survey's brand). */
export type Recipients = { segment: string } | { search: string };

export const questionTypes = enumValues<SurveyQuestionType>()('RATING', 'NPS', 'CHOICE', 'TEXT');

/** The builder's draft → the API's input (options one per line, scale only for ratings). */
export const toSurveyInput = (d: SurveyDraft): SurveyInput => ({
  name: d.name,
  description: d.description || null,
  ...(d.brand ? { brand: d.brand } : {}),
  questions: d.questions.map((q) => ({
    type: q.type,
    label: q.label,
    required: q.required,
    ...(q.type === 'CHOICE'
      ? {
          options: q.options
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean),
        }
      : {}),
    ...(q.type === 'RATING' && q.scaleMax ? { scaleMax: Number(q.scaleMax) } : {}),
  })),
});

export const fromSurvey = (s: SurveyFieldsFragment): SurveyDraft => ({
  name: s.name,
  description: s.description ?? '',
  brand: s.brand?.id ?? '',
  questions: s.questions.map((q) => ({
    type: q.type,
    label: q.label,
    options: q.options.join('\n'),
    scaleMax: q.scaleMax ? String(q.scaleMax) : '',
    required: q.required,
  })),
});

/** The surveys plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type SurveysDataProvider = {
  getSurveys(): Promise<SurveyRow[]>;
  getSurvey(id: string): Promise<SurveyFieldsFragment | null>;
  saveSurvey(id: string | null, version: number, draft: SurveyDraft): Promise<SurveyFieldsFragment>;
  sendSurvey(survey: Pick<SurveyRow, 'id' | 'version'>, to: Recipients): Promise<SendReport>;
  closeSurvey(survey: Pick<SurveyRow, 'id' | 'version'>): Promise<SurveyFieldsFragment>;
  getSurveyResults(id: string, segment: string | null): Promise<SurveyResults>;
  getSurveyChoices(): Promise<{ brands: { id: string; name: string }[]; segments: { id: string; name: string }[] }>;
};

export function createSurveysDataProvider(client: FideleClient): SurveysDataProvider {
  return {
    getSurveys: () =>
      raErrors(async () =>
        (
          await client.execute(SurveysDocument, { first: 200, orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] })
        ).surveys.edges.map((e) => e.node),
      ),
    getSurvey: (id) =>
      raErrors(async () => {
        const node = (await client.execute(SurveyDocument, { id })).node;
        return node && 'questions' in node ? (node as SurveyFieldsFragment) : null;
      }),
    saveSurvey: (id, version, draft) =>
      raErrors(async () =>
        id
          ? (await client.execute(UpdateSurveyDocument, { id, version, input: toSurveyInput(draft) })).updateSurvey
          : (await client.execute(CreateSurveyDocument, { input: toSurveyInput(draft) })).createSurvey,
      ),
    sendSurvey: (s, to) =>
      raErrors(async () => {
        const recipients =
          'segment' in to ? { segment: to.segment } : { filter: to.search ? { search: to.search } : {} };
        const { survey: _s, ...report } = (
          await client.execute(SendSurveyDocument, { id: s.id, version: s.version, to: recipients })
        ).sendSurvey;
        return report;
      }),
    closeSurvey: (s) =>
      raErrors(async () => (await client.execute(CloseSurveyDocument, { id: s.id, version: s.version })).closeSurvey),
    getSurveyResults: (id, segment) =>
      raErrors(async () => (await client.execute(SurveyResultsDocument, { survey: id, segment })).surveyResults),
    getSurveyChoices: () =>
      raErrors(async () => {
        const [ref, segments] = await Promise.all([
          client.execute(ReferenceDataDocument),
          client.execute(SegmentsDocument, { first: 200 }).catch(() => null),
        ]);
        return {
          brands: ref.brands.map((b) => ({ id: b.id, name: b.name })),
          segments: segments?.segments.edges.map((e) => ({ id: e.node.id, name: e.node.name })) ?? [],
        };
      }),
  };
}
