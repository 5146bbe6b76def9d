// routine.html's entry; renderer/boot.tsx says why each window has its own.
import { openWindow } from '../boot';
import RoutineScreen from '../screens/routine/RoutineScreen';

openWindow('routine', RoutineScreen);
