// The remote on its own: the same component the host renders, with this app's own React.
import { createRoot } from 'react-dom/client';
import Counter from './Counter';

createRoot(document.getElementById('root')).render(<Counter label="clicks (standalone)" />);
document.body.dataset.ready = 'true';
