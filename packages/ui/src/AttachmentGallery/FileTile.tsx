'use client';
import { useId } from 'react';
import { useI18n } from '../i18n/EscrowUIProvider';
import { galleryMessages } from '../i18n/en';
import type { GalleryItem } from './galleryItems';

/** A PDF or other file: a tile whose link opens it in a new tab. */
export function FileTile({ item, url }: { item: GalleryItem; url: string }) {
  const i18n = useI18n(galleryMessages);
  const nameId = useId();
  const type = i18n.t(item.kind === 'pdf' ? 'gallery.pdf' : 'gallery.file');
  return (
    <div className="kit-gallery__tile kit-gallery__file">
      {/* The link covers the tile; what the tile shows repeats its name (and describes it). */}
      <a
        className="kit-gallery__link"
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={item.name && nameId}
      >
        <span className="kit-visually-hidden">
          {i18n.t('gallery.openFile', { number: item.number, total: item.total, type })}
        </span>
      </a>
      <span className="kit-gallery__body" aria-hidden="true">
        <span className="kit-gallery__icon" />
        <span className="kit-gallery__type">{type}</span>
        {item.name && (
          <span id={nameId} className="kit-gallery__name">
            {item.name}
          </span>
        )}
      </span>
    </div>
  );
}
