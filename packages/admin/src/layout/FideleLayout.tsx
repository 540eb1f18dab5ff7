import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { FideleAppBar } from './FideleAppBar';
import { FideleMenu } from './FideleMenu';

/**
 * The layout keeps to the window (react-admin's root is `min-width: fit-content`) and its content column may shrink
 * below its widest table (a flex item's default minimum is its content's width), scrolling that table sideways
 * itself: a wide list (the contacts with their value columns) never pushes the menu off the screen.
 */
const contentScrolls = { minWidth: 0, '& .RaLayout-content': { minWidth: 0, overflowX: 'auto' } } as const;

export const FideleLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={FideleAppBar} menu={FideleMenu} sx={contentScrolls}>
    {children}
  </Layout>
);
