// Rendered inside the host's React tree, with hooks, so it must share the host's React.
// Plain createElement instead of JSX keeps this webpack build free of a Babel setup.
import React, { useEffect, useState } from 'react';
import clsx from 'clsx';
import capitalize from 'lodash/capitalize';

const h = React.createElement;

export default function Badge({ text = 'built with webpack' }) {
  const [on, setOn] = useState(false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return h(
    'div',
    { className: clsx('remote-card', on && 'active'), 'data-testid': 'remote-webpack-badge' },
    h('strong', null, 'Badge'),
    ' ',
    h('small', null, '(remote-webpack, built with webpack)'),
    h(
      'p',
      null,
      capitalize(text),
      ' · ',
      h('span', { 'data-testid': 'mounted' }, mounted ? 'mounted' : 'mounting'),
      ' ',
      h('button', { type: 'button', onClick: () => setOn((value) => !value) }, on ? 'on' : 'off'),
    ),
  );
}

export { React };
