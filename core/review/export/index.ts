// A review pack as a file: the format's writer, its file name and MIME type.
import type { ReviewPack } from '../../api/review-contract.ts';
import type { ReviewFormat } from '../constants.ts';
import { packToPdf } from './pdf.ts';
import { packToPptx } from './pptx.ts';

export const REVIEW_MIME: Record<ReviewFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};

export function reviewFileName(period: string, format: ReviewFormat): string {
  return `review-${period}.${format}`;
}

export function writeReviewPack(pack: ReviewPack, format: ReviewFormat, onSlide?: (i: number) => void): Promise<Buffer> {
  return format === 'pptx' ? packToPptx(pack, onSlide) : packToPdf(pack, onSlide);
}
