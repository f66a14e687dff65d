export {
  type DetectedProfile,
  type DetectProfileOptions,
  detectProfile,
  type ProfileSigns,
} from './detectProfile.js';
