export { identity } from '@scope/esm-lib';
