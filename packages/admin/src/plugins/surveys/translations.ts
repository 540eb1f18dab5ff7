import type { FideleLocale, Messages } from '../../plugin';

export const surveysTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      surveys: {
        menu: 'Surveys', title: 'Surveys', new: 'New survey', none: 'No survey yet.', back: 'All surveys',
        name: 'Name', description: 'Description', brand: 'Brand', all_brands: 'All brands', sent_at: 'Sent', invitations: 'Invitations',
        status_label: 'Status', status: { DRAFT: 'Draft', OPEN: 'Open', CLOSED: 'Closed' },
        builder: 'Questions', question_n: 'Question %{n}', remove_question: 'Remove question %{n}', add_question: 'Add a question',
        type: 'Type', types: { RATING: 'Rating', NPS: 'Recommendation (NPS, 0-10)', CHOICE: 'Choice', TEXT: 'Free text' },
        label: 'Question', scale_max: 'Scale up to', options: 'Options', options_help: 'One option per line.', required: 'Answer required',
        save: 'Save', saved: 'Survey saved', send: 'Send', close: 'Close the survey', closed: 'Survey closed',
        send_title: 'Send the survey', send_report: 'Sending report',
        consent_note: 'Only contacts whose consent covers marketing are invited; each contact is invited once.',
        to_search: 'Contacts found by a search', to_segment: 'A segment', segment: 'Segment', everyone: 'Everyone invited',
        search: 'Search', search_help: 'Name, e-mail or city; empty: every contact of the survey\'s brand.',
        invited: '%{smart_count} contact invited |||| %{smart_count} contacts invited',
        already_invited: 'Already invited: %{count}', excluded_consent: 'Left out, no consent to marketing: %{count}',
        not_found: 'Not found or outside your rights: %{count}',
        results: 'Results', response_rate: 'Response rate', responses_of: '%{responses} responses of %{invitations} invitations',
        satisfaction: 'Satisfaction', satisfaction_help: 'Ratings in the top two boxes (4 or 5 of 5)',
        nps_help: '% promoters (9-10) − % detractors (0-6)', promoters: 'Promoters', passives: 'Passives', detractors: 'Detractors',
        nps_chart: 'NPS: %{promoters} promoters, %{passives} passives, %{detractors} detractors',
        answer_count: '%{smart_count} answer |||| %{smart_count} answers', mean: 'mean',
      },
    },
  },
  fr: {
    fidele: {
      surveys: {
        menu: 'Enquêtes', title: 'Enquêtes', new: 'Nouvelle enquête', none: 'Aucune enquête pour l\'instant.', back: 'Toutes les enquêtes',
        name: 'Nom', description: 'Description', brand: 'Marque', all_brands: 'Toutes les marques', sent_at: 'Envoyée', invitations: 'Invitations',
        status_label: 'Statut', status: { DRAFT: 'Brouillon', OPEN: 'Ouverte', CLOSED: 'Close' },
        builder: 'Questions', question_n: 'Question %{n}', remove_question: 'Retirer la question %{n}', add_question: 'Ajouter une question',
        type: 'Type', types: { RATING: 'Note', NPS: 'Recommandation (NPS, 0-10)', CHOICE: 'Choix', TEXT: 'Texte libre' },
        label: 'Question', scale_max: 'Note maximale', options: 'Choix proposés', options_help: 'Un choix par ligne.', required: 'Réponse obligatoire',
        save: 'Enregistrer', saved: 'Enquête enregistrée', send: 'Envoyer', close: 'Clore l\'enquête', closed: 'Enquête close',
        send_title: 'Envoyer l\'enquête', send_report: 'Compte rendu d\'envoi',
        consent_note: 'Seuls les contacts dont le consentement couvre le marketing sont invités, chacun une seule fois.',
        to_search: 'Les contacts trouvés par une recherche', to_segment: 'Un segment', segment: 'Segment', everyone: 'Tous les invités',
        search: 'Recherche', search_help: 'Nom, e-mail ou ville ; vide : tous les contacts de la marque de l\'enquête.',
        invited: '%{smart_count} contact invité |||| %{smart_count} contacts invités',
        already_invited: 'Déjà invités : %{count}', excluded_consent: 'Écartés, sans consentement au marketing : %{count}',
        not_found: 'Introuvables ou hors de vos droits : %{count}',
        results: 'Résultats', response_rate: 'Taux de réponse', responses_of: '%{responses} réponses sur %{invitations} invitations',
        satisfaction: 'Satisfaction', satisfaction_help: 'Notes dans les deux meilleures cases (4 ou 5 sur 5)',
        nps_help: '% promoteurs (9-10) − % détracteurs (0-6)', promoters: 'Promoteurs', passives: 'Passifs', detractors: 'Détracteurs',
        nps_chart: 'NPS : %{promoters} promoteurs, %{passives} passifs, %{detractors} détracteurs',
        answer_count: '%{smart_count} réponse |||| %{smart_count} réponses', mean: 'moyenne',
      },
    },
  },
};
