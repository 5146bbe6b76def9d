// history.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import HistoryScreen from '../screens/history/HistoryScreen';

openWindow('history', HistoryScreen);
