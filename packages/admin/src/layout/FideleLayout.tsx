import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { FideleAppBar } from './FideleAppBar';
import { FideleMenu } from './FideleMenu';

export const FideleLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={FideleAppBar} menu={FideleMenu}>
    {children}
  </Layout>
);
