// The remote on its own: the same component the host renders, with this app's own React.
import React from 'react';
import { createRoot } from 'react-dom/client';
import Badge from './Badge';

createRoot(document.getElementById('root')).render(React.createElement(Badge, { text: 'standalone, built with webpack' }));
document.body.dataset.ready = 'true';
