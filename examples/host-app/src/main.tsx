import { builtInPlugins, FideleAdmin } from '@fidele/admin';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { storeNotesPlugin } from './store-notes-plugin';

/** Module constant: a new plugins array would rebuild the panel's providers on every render. */
const plugins = [
  ...builtInPlugins({ overview: { currency: 'EUR' } }),
  storeNotesPlugin({
    stores: [
      { name: 'Lyon Part-Dieu', manager: 'Zoé Martin' },
      { name: 'Nantes Centre', manager: 'Karim Diallo' },
    ],
  }),
];

const Home = () => (
  <main style={{ padding: 32 }}>
    <h1>Acme Stores intranet</h1>
    <p>Everything about our shops. The customer database lives in the back-office.</p>
    <Link to="/back-office">Open the back-office</Link>
  </main>
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Home />} />
        {/* The panel under a route of the host's router: a trailing /* and the same path as basename. */}
        <Route
          path="/back-office/*"
          element={
            <FideleAdmin
              apiUrl="/graphql"
              basename="/back-office"
              storeKey="acme-fidele"
              title="Acme · Fidele"
              plugins={plugins}
              locale="en"
            />
          }
        />
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
