import { Menu, useBasename } from 'react-admin';
import { useFideleAdmin, useSessionState } from '../fidele-context';

/** The dashboard, the plugins' resources (react-admin hides those the user may not list), then the plugins' entries the user may use. */
export const FideleMenu = () => {
  const { menu } = useFideleAdmin();
  const queries = useSessionState()?.permissions.queries;
  // Inside a host's router the admin lives under the host's route: plugin paths are relative to it.
  const basename = useBasename();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {menu
        .filter((m) => !m.requires || queries?.includes(m.requires))
        .map(({ to, label, icon: Icon }) => (
          <Menu.Item key={to} to={`${basename}${to}`} primaryText={label} leftIcon={Icon ? <Icon /> : undefined} />
        ))}
    </Menu>
  );
};
