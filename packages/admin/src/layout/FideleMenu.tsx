import { Menu } from 'react-admin';
import { useFideleAdmin } from '../fidele-context';

/** The dashboard, the plugins' resources, then the plugins' own entries. */
export const FideleMenu = () => {
  const { menu } = useFideleAdmin();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {menu.map(({ to, label, icon: Icon }) => (
        <Menu.Item key={to} to={to} primaryText={label} leftIcon={Icon ? <Icon /> : undefined} />
      ))}
    </Menu>
  );
};
