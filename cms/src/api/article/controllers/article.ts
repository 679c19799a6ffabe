import { publishedOnlyController } from '../../../access/published-only';

export default publishedOnlyController('api::article.article');
