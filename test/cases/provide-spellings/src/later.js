export { default } from 'lib';
