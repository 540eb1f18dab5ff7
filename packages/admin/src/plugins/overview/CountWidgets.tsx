import CampaignIcon from '@mui/icons-material/Campaign';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import PeopleAltIcon from '@mui/icons-material/PeopleAlt';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { useTranslate } from 'react-admin';
import { CountCard } from './CountCard';
import { useFormatters } from './format';
import { useOverview } from './useOverview';

export const ContactCountWidget = () => {
  const { data, isError } = useOverview();
  const translate = useTranslate();
  const f = useFormatters();
  const byKind = new Map(data?.contactsByKind.map((r) => [r.kind, r.count]));
  return (
    <CountCard
      title="fidele.overview.contacts"
      icon={PeopleAltIcon}
      color="primary"
      value={data?.contactCount}
      formatted={data && f.integer(data.contactCount)}
      caption={
        data &&
        translate('fidele.overview.contacts_caption', {
          clients: f.integer(byKind.get('CLIENT') ?? 0),
          prospects: f.integer(byKind.get('PROSPECT') ?? 0),
        })
      }
      failed={isError}
    />
  );
};

export const ProductCountWidget = () => {
  const { data, isError } = useOverview();
  const translate = useTranslate();
  const f = useFormatters();
  return (
    <CountCard
      title="fidele.overview.products"
      icon={Inventory2Icon}
      color="info"
      value={data?.productCount}
      formatted={data && f.integer(data.productCount)}
      caption={translate('fidele.overview.products_caption')}
      failed={isError}
    />
  );
};

export const ActionCountWidget = () => {
  const { data, isError } = useOverview();
  const translate = useTranslate();
  const f = useFormatters();
  return (
    <CountCard
      title="fidele.overview.actions"
      icon={CampaignIcon}
      color="warning"
      value={data?.actionCount}
      formatted={data && f.integer(data.actionCount)}
      caption={translate('fidele.overview.actions_caption')}
      failed={isError}
    />
  );
};

export const saleCountWidget = (currency: string) =>
  function SaleCountWidget() {
    const { data, isError } = useOverview();
    const translate = useTranslate();
    const f = useFormatters(currency);
    const revenue = data?.salesByMonth.reduce((sum, m) => sum + m.revenue, 0) ?? 0;
    return (
      <CountCard
        title="fidele.overview.sales"
        icon={ShoppingCartIcon}
        color="success"
        value={data?.saleCount}
        formatted={data && f.integer(data.saleCount)}
        caption={data && translate('fidele.overview.sales_caption', { revenue: f.money(revenue) })}
        failed={isError}
      />
    );
  };
