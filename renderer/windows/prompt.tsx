// prompt.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import PromptScreen from '../screens/prompt/PromptScreen';

openWindow('prompt', PromptScreen);
