import LockIcon from '@mui/icons-material/LockOutlined';
import { Chip, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import type { Withheld } from '../api/connection';
import { useCanRead, useSessionState } from '../fidele-context';
import { usePurposeLabel } from '../i18n/purpose-labels';

/**
 * Why a value is missing, when the access rules withheld it: "Consent required" (the contact's consent does not
 * cover the declared purpose) or "Restricted" (the role may not read it), with the reason in a tooltip. Rendered
 * by {@link PersonalField} in place of the value.
 */
export const WithheldChip = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const state = useSessionState();
  const purposeLabel = usePurposeLabel();
  const purpose = state?.purpose ? purposeLabel(state.purpose) : translate('fidele.purpose.none');
  const known = code === 'CONSENT_REQUIRED' || code === 'FORBIDDEN';
  return (
    <Tooltip title={known ? translate(`fidele.withheld.${code}_help`, { purpose }) : code}>
      <Chip
        size="small"
        variant="outlined"
        color={code === 'CONSENT_REQUIRED' ? 'warning' : 'default'}
        icon={<LockIcon />}
        label={known ? translate(`fidele.withheld.${code}`) : code}
        data-withheld={code}
      />
    </Tooltip>
  );
};

export interface PersonalFieldProps {
  source: string;
  /** react-admin reads it for the column header / show label. */
  label?: string;
  /** How to show the value (default: as text). */
  render?: (value: unknown) => ReactNode;
  /** Ignored (sorting is the column's business); accepted so that Datagrid columns keep their props. */
  sortable?: boolean;
  sortBy?: string;
}

/**
 * A field of a record that the API may withhold: the value, or a {@link WithheldChip} saying why it is missing
 * (from the record's `_withheld`, which the data providers fill from the SDK's withheld-field entries).
 */
export const PersonalField = ({ source, render }: PersonalFieldProps) => {
  const record = useRecordContext<{ _withheld?: Withheld }>();
  const value = useFieldValue({ source });
  const withheld = record?._withheld?.[source];
  if (withheld) return <WithheldChip code={withheld} />;
  if (value === null || value === undefined || value === '') return null;
  return render ? (
    <>{render(value)}</>
  ) : (
    <Typography variant="body2" component="span">
      {String(value)}
    </Typography>
  );
};

/**
 * Renders its children only when the user's role may read `field` (`Type.field`), as the server published it:
 * a confidential field the role may not read is absent from the page, not shown empty.
 */
export const Restricted = ({
  field,
  mode = 'read',
  children,
}: {
  field: string;
  mode?: 'read' | 'write';
  children: ReactNode;
}) => (useCanRead(field, mode) ? <>{children}</> : null);
