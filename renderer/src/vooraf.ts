/**
 * The start's first script, on its own and small: it asks the first screen's data while the
 * browser still fetches and runs the app's code (React, Mantine, the screens), so the answers are
 * there when the Overzicht first renders. `index.html` loads it `async` ahead of the app.
 */
import { vraagEersteSchermVooraf } from './eersteScherm';

vraagEersteSchermVooraf();
