export {
  type DetectedProfile,
  type DetectProfileOptions,
  detectProfile,
  type ProfileSigns,
  signsOf,
} from './detectProfile.js';
