export { default } from 'lib3';
