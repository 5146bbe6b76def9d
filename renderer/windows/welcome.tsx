// welcome.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import WelcomeScreen from '../screens/welcome/WelcomeScreen';

openWindow('welcome', WelcomeScreen);
