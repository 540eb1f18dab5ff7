import type { MergeSide } from '@fidele/sdk';
import {
  DialogContentText,
  FormControlLabel,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { WithheldChip } from '../../fields/PersonalField';
import {
  mergeChoiceFields,
  type DuplicateContact,
  type DuplicatePair,
  type MergeChoiceField,
} from './duplicates-data-provider';

export type SurvivorSide = 'contact' | 'duplicate';

/** One side's value of a field, or why it is withheld. */
const Value = ({ contact, field }: { contact: DuplicateContact; field: MergeChoiceField | 'name' }) => {
  const sources = field === 'name' ? ['lastName', 'firstName'] : field === 'address' ? ['postalCode', 'city'] : [field];
  const withheld = sources.map((s) => contact._withheld[s]).find(Boolean);
  const text = sources
    .map((s) => (contact as unknown as Record<string, unknown>)[s])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ');
  if (!text && withheld) return <WithheldChip code={withheld} />;
  return <>{text || '—'}</>;
};

const label = (c: DuplicateContact) =>
  [c.lastName, c.firstName].filter(Boolean).join(' ') || c.companyName || `#${c.id}`;

/** A field's two radios: the survivor's value or the merged contact's. */
const ChoiceRow = ({
  field,
  fromMerged,
  survivor,
  merged,
  onChoose,
}: {
  field: MergeChoiceField;
  fromMerged: boolean;
  survivor: DuplicateContact;
  merged: DuplicateContact;
  onChoose: (side: MergeSide) => void;
}) => {
  const translate = useTranslate();
  const side = fromMerged ? 'MERGED' : 'SURVIVOR';
  const name = translate(`fidele.duplicates.field_${field}`);
  return (
    <TableRow>
      <TableCell>{name}</TableCell>
      <TableCell>
        <FormControlLabel
          control={
            <Radio
              checked={side === 'SURVIVOR'}
              onChange={() => onChoose('SURVIVOR')}
              slotProps={{
                input: { 'aria-label': `${name}: ${translate('fidele.duplicates.from_survivor')}` },
              }}
            />
          }
          label={<Value contact={survivor} field={field} />}
        />
      </TableCell>
      <TableCell>
        <FormControlLabel
          control={
            <Radio
              checked={side === 'MERGED'}
              onChange={() => onChoose('MERGED')}
              slotProps={{
                input: { 'aria-label': `${name}: ${translate('fidele.duplicates.from_merged')}` },
              }}
            />
          }
          label={<Value contact={merged} field={field} />}
        />
      </TableCell>
    </TableRow>
  );
};

/** Which contact stays, and for each field whose value to keep. */
export const MergeChoices = ({
  pair,
  survivorSide,
  onSurvivorSide,
  fromMerged,
  onChoose,
}: {
  pair: DuplicatePair;
  survivorSide: SurvivorSide;
  onSurvivorSide: (side: SurvivorSide) => void;
  fromMerged: MergeChoiceField[];
  onChoose: (field: MergeChoiceField, side: MergeSide) => void;
}) => {
  const translate = useTranslate();
  const survivor = pair[survivorSide];
  const merged = pair[survivorSide === 'contact' ? 'duplicate' : 'contact'];
  return (
    <>
      <Typography variant="subtitle2">{translate('fidele.duplicates.survivor')}</Typography>
      <RadioGroup
        row
        value={survivorSide}
        onChange={(e) => onSurvivorSide(e.target.value as SurvivorSide)}
        aria-label={translate('fidele.duplicates.survivor')}
      >
        <FormControlLabel
          value="contact"
          control={<Radio />}
          label={`${label(pair.contact)} (#${pair.contact.id.slice(-6)})`}
        />
        <FormControlLabel
          value="duplicate"
          control={<Radio />}
          label={`${label(pair.duplicate)} (#${pair.duplicate.id.slice(-6)})`}
        />
      </RadioGroup>
      <DialogContentText variant="body2" gutterBottom>
        {translate('fidele.duplicates.survivor_help')}
      </DialogContentText>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('fidele.duplicates.field')}</TableCell>
            <TableCell>{translate('fidele.duplicates.from_survivor')}</TableCell>
            <TableCell>{translate('fidele.duplicates.from_merged')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {mergeChoiceFields.map((field) => (
            <ChoiceRow
              key={field}
              field={field}
              fromMerged={fromMerged.includes(field)}
              survivor={survivor}
              merged={merged}
              onChoose={(side) => onChoose(field, side)}
            />
          ))}
        </TableBody>
      </Table>
    </>
  );
};
