export { default } from 'not-installed';
