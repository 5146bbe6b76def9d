// settings.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import SettingsScreen from '../screens/settings/SettingsScreen';

openWindow('settings', SettingsScreen);
