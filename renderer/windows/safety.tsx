// safety.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import SafetyScreen from '../screens/safety/SafetyScreen';

openWindow('safety', SafetyScreen);
