// cue.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import CueScreen from '../screens/cue/CueScreen';

openWindow('cue', CueScreen);
