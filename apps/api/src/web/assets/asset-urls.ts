import { assetUrl } from './web-assets';

/** The shared stylesheet and script every page links. */
export const ASSET_URLS = {
  get css(): string {
    return assetUrl('app.css');
  },
  get appJs(): string {
    return assetUrl('app.js');
  },
};
