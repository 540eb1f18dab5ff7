import { SegmentCreate, SegmentEdit } from './SegmentForm';
import { SegmentList } from './SegmentList';
import { SegmentShow } from './SegmentShow';

export default { list: SegmentList, show: SegmentShow, create: SegmentCreate, edit: SegmentEdit };
