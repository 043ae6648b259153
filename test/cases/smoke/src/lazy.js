import { greet } from 'greeting-lib';

export function describe() {
  return greet('lazy chunk');
}
