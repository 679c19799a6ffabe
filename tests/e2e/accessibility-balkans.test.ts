import { describe } from 'vitest';
import { describeAccessibility, describeAxeControl } from './accessibility';

describeAccessibility(['sr-Cyrl', 'mk']);
describe('the axe harness', describeAxeControl);
