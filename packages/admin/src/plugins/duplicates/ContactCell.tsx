import { Stack, Typography } from '@mui/material';
import { Link, useBasename } from 'react-admin';
import { WithheldChip } from '../../fields/PersonalField';
import type { DuplicateContact } from './duplicates-data-provider';

/** `Contact:123` (a global id) → `#123`, for a contact whose name is withheld. */
const shortId = (id: string) => {
  try {
    return `#${atob(id).split(':').pop()}`;
  } catch {
    return `#${id}`;
  }
};

/** A side of a pair: its name (a link to its page), e-mail and address; one chip when the purpose withholds them. */
export const ContactCell = ({ contact }: { contact: DuplicateContact }) => {
  const basename = useBasename();
  const name = [contact.lastName, contact.firstName].filter(Boolean).join(' ') || contact.companyName;
  const withheld = Object.values(contact._withheld)[0];
  const details = [contact.email, [contact.postalCode, contact.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <Link to={`${basename}/contacts/${encodeURIComponent(contact.id)}/show`}>{name || shortId(contact.id)}</Link>
      {details ? (
        <Typography variant="caption" color="text.secondary" component="div">
          {details}
        </Typography>
      ) : null}
      {withheld ? <WithheldChip code={withheld} /> : null}
    </Stack>
  );
};
