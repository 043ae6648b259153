export { token } from 'shared-lib';
