export type { AttachmentGalleryProps, GalleryAttachment } from './AttachmentGallery';
export { AttachmentGallery } from './AttachmentGallery';
