/**
 * The start's first script, on its own and small: it takes the first screen's answers the page
 * brought (or asks them) while the browser still fetches and runs the app's code (React, Mantine,
 * the screens), so they are there when the Overzicht first renders. `index.html` loads it `async`
 * ahead of the app.
 */
import { vraagEersteSchermVooraf } from './eersteScherm';

vraagEersteSchermVooraf();