// Rendered inside the host's React tree. useState only works when this module and the host use
// the very same React (a singleton in the share scope); with two copies React throws
// "Invalid hook call".
import React, { useState } from 'react';
import clsx from 'clsx';
import capitalize from 'lodash/capitalize';

export default function Counter({ label = 'clicks' }) {
  const [count, setCount] = useState(0);
  return (
    <div className={clsx('remote-card', { active: count > 0 })} data-testid="remote-rspack-counter">
      <strong>Counter</strong> <small>(remote-rspack, built with Rspack)</small>
      <p>
        {capitalize(label)}: <output data-testid="count">{count}</output>{' '}
        <button type="button" onClick={() => setCount((value) => value + 1)}>
          +1
        </button>
      </p>
    </div>
  );
}

// The React this module was linked against, so the host can show that there is only one.
export { React };
