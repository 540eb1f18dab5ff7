import type { FideleLocale, Messages } from '../../plugin';

export const documentsTranslations: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      documents: {
        title: 'Documents',
        none: 'No document you may see.',
        upload: 'Upload a file',
        file: 'File to upload',
        uploaded: 'Document uploaded',
        upload_failed: 'Upload refused: %{message}',
        name: 'File',
        size: 'Size',
        uploaded_by: 'Uploaded by',
        shared_with: 'Shared with',
        private: 'Only its uploader and admins',
        download: 'Download',
        download_named: 'Download %{name}',
        share: 'Share',
        share_named: 'Share %{name}',
        delete_named: 'Delete %{name}',
        share_title: 'Who may see %{name}',
        roles: 'Roles',
        users: 'Users',
      },
    },
  },
  fr: {
    fidele: {
      documents: {
        title: 'Documents',
        none: 'Aucun document visible pour vous.',
        upload: 'Déposer un fichier',
        file: 'Fichier à déposer',
        uploaded: 'Document déposé',
        upload_failed: 'Dépôt refusé : %{message}',
        name: 'Fichier',
        size: 'Taille',
        uploaded_by: 'Déposé par',
        shared_with: 'Partagé avec',
        private: 'Seulement son auteur et les administrateurs',
        download: 'Télécharger',
        download_named: 'Télécharger %{name}',
        share: 'Partager',
        share_named: 'Partager %{name}',
        delete_named: 'Supprimer %{name}',
        share_title: 'Qui peut voir %{name}',
        roles: 'Rôles',
        users: 'Utilisateurs',
      },
    },
  },
};
