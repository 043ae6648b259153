import { createRoot } from 'react-dom/client';
import App from './App';

// Load both remotes' modules first; a remote that fails is shown on the page, not thrown away.
Promise.allSettled([import('remoteRspack/Counter'), import('remoteWebpack/Badge')]).then(([counter, badge]) => {
  createRoot(document.getElementById('root')).render(<App counter={counter} badge={badge} />);
});
