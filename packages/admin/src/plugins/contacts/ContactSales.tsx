import { Alert, Box, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { RecordContextProvider, useDataProvider, useRecordContext, useTranslate, type DataProvider } from 'react-admin';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import type { ContactPageMethods, ContactSaleLines } from './contact-page-data';

const money = { style: 'currency', currency: 'EUR' } as const;

type Sale = ContactSaleLines['edges'][number]['node'];

/** One sale: its date, channel, credited action, total (and gross margin for the roles that may read it), lines. */
const SaleBlock = ({ sale }: { sale: Sale }) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`fidele.contacts.sale_lines.${k}`);
  return (
    <RecordContextProvider value={sale}>
      <Box component="article" data-sale={sale.id} sx={{ mb: 2 }}>
        <Typography variant="subtitle2" component="h3">
          <LocaleDateField source="saleDate" /> · {translate(enumLabelKey('SaleChannel', sale.channel))}
          {sale.attributedAction ? ` · ${sale.attributedAction.code}` : ''} ·{' '}
          <LocaleNumberField source="total" options={money} />
          {'grossMargin' in sale && sale.grossMargin !== undefined ? (
            <>
              {' '}
              · {t('margin')} <LocaleNumberField source="grossMargin" options={money} emptyText="—" />
            </>
          ) : null}
        </Typography>
        <Table size="small" aria-label={t('lines')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('product')}</TableCell>
              <TableCell align="right">{t('quantity')}</TableCell>
              <TableCell align="right">{t('unitPrice')}</TableCell>
              <TableCell align="right">{t('discountRate')}</TableCell>
              <TableCell align="right">{t('amount')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sale.lines.map((line, i) => (
              <RecordContextProvider key={i} value={{ id: i, ...line, discount: Number(line.discountRate) / 100 }}>
                <TableRow>
                  <TableCell>{`${line.product.code} · ${line.product.name}`}</TableCell>
                  <TableCell align="right">
                    <LocaleNumberField source="quantity" />
                  </TableCell>
                  <TableCell align="right">
                    <LocaleNumberField source="unitPrice" options={money} />
                  </TableCell>
                  <TableCell align="right">
                    <LocaleNumberField source="discount" options={{ style: 'percent', maximumFractionDigits: 2 }} />
                  </TableCell>
                  <TableCell align="right">
                    <LocaleNumberField source="amount" options={money} />
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      </Box>
    </RecordContextProvider>
  );
};

/** The contact's latest sales with their lines and products (issue 21), and how many there are in all. */
export const ContactSales = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const dp = useDataProvider<DataProvider & ContactPageMethods>();
  const { data, isPending, error } = useQuery({
    queryKey: ['contacts', 'saleLines', record?.id],
    queryFn: () => dp.getContactSaleLines(record!.id),
    enabled: !!record,
  });
  let body;
  if (isPending) body = <Skeleton variant="rectangular" height={120} />;
  else if (error || !data) body = <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>;
  else if (data.edges.length === 0)
    body = (
      <Typography variant="body2" color="text.secondary">
        {translate('fidele.contacts.no_sales')}
      </Typography>
    );
  else body = data.edges.map(({ node }) => <SaleBlock key={node.id} sale={node} />);
  return (
    <Section title="fidele.contacts.sales">
      {body}
      {data ? (
        <Typography variant="caption" color="text.secondary">
          {translate('fidele.contacts.count', { count: data.totalCount })}
        </Typography>
      ) : null}
    </Section>
  );
};
