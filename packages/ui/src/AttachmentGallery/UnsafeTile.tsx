'use client';
import { useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages } from '../i18n/en';
import type { GalleryItem } from './galleryItems';

/** A file whose link is not safe to put in the page: said so, never linked. */
export function UnsafeTile({ item }: { item: GalleryItem }) {
  const i18n = useI18n(galleryMessages);
  return (
    <div className="kit-gallery__tile kit-gallery__unsafe">
      <span className="kit-gallery__icon" aria-hidden="true" />
      <p className="kit-gallery__type">{i18n.t('gallery.unsafe')}</p>
      {item.kind !== 'image' && (
        <span className="kit-gallery__name">
          {i18n.t(item.kind === 'pdf' ? 'gallery.pdf' : 'gallery.file')}
        </span>
      )}
      {item.name && <span className="kit-gallery__name">{item.name}</span>}
    </div>
  );
}
