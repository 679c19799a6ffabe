import { describeAccessibility } from './accessibility';

describeAccessibility(['en', 'bg', 'el', 'mt']);
