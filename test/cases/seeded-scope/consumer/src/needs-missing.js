export { default } from 'missing-lib';
