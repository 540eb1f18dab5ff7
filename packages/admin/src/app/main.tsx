import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FideleAdmin } from '../FideleAdmin';
import { builtInPlugins } from '../plugins/built-in';

/** The standalone admin the Fidele server serves at /admin, on the API of the same origin. */
const plugins = builtInPlugins();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <FideleAdmin apiUrl="/graphql" basename="/admin" storeKey="fidele" plugins={plugins} />
  </StrictMode>,
);
