import { definePackageConfig } from '../../tsdown.shared.ts';

export default definePackageConfig(import.meta.dirname);
