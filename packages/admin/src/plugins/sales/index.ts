import { SaleList } from './SaleList';
import { SaleShow } from './SaleShow';

export default { list: SaleList, show: SaleShow };
