import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { translatePurpose, translatePurposeDescription } from '../../i18n/purpose-labels';
import { purposeTree } from './consents-data-provider';
import { usePurposes } from './useConsents';
import { PurposeSwitch } from './PurposeSwitches';

/** The purpose tree with each purpose's legal basis (GDPR article 6) and whether it needs the contact's consent. */
export const PurposesPage = () => {
  const translate = useTranslate();
  const { data, isPending, error } = usePurposes();
  return (
    <Box sx={{ py: 2 }}>
      <Title title="fidele.consents.purposes_title" />
      <Card component="section" aria-labelledby="purposes-title">
        <CardContent>
          <Typography id="purposes-title" variant="h6" component="h2">
            {translate('fidele.consents.purposes_title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('fidele.consents.purposes_help')}
          </Typography>
          {isPending ? (
            <Skeleton variant="rectangular" height={200} />
          ) : error ? (
            <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fidele.consents.purpose')}</TableCell>
                  <TableCell>{translate('fidele.consents.code')}</TableCell>
                  <TableCell>{translate('fidele.consents.legal_basis')}</TableCell>
                  <TableCell>{translate('fidele.consents.description')}</TableCell>
                  <TableCell>{translate('fidele.consents.inPreferenceCentre')}</TableCell>
                  <TableCell>{translate('fidele.consents.doubleOptIn')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {purposeTree(data).map(({ purpose, depth }) => (
                  <TableRow key={purpose.code} data-depth={depth}>
                    <TableCell sx={{ pl: 2 + depth * 4, fontWeight: depth === 0 ? 500 : 400 }}>
                      {depth > 0 ? '└ ' : ''}
                      {translatePurpose(translate, purpose)}
                    </TableCell>
                    <TableCell>
                      <code>{purpose.code}</code>
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        variant={purpose.legalBasis === 'CONSENT' ? 'filled' : 'outlined'}
                        color={purpose.legalBasis === 'CONSENT' ? 'warning' : 'default'}
                        label={translate(enumLabelKey('LegalBasis', purpose.legalBasis))}
                        title={
                          purpose.legalBasis === 'CONSENT' ? translate('fidele.consents.needs_consent') : undefined
                        }
                      />
                    </TableCell>
                    <TableCell>{translatePurposeDescription(translate, purpose) ?? '—'}</TableCell>
                    {(['inPreferenceCentre', 'doubleOptIn'] as const).map((setting) => (
                      <TableCell key={setting}>
                        <PurposeSwitch
                          code={purpose.code}
                          name={translatePurpose(translate, purpose)}
                          setting={setting}
                        />
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
