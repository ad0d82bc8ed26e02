import './app.css';
import { prefetchFirstView } from './boot/firstView';
import { listenForInstallOffer } from './pwa/installOffer';

// The browser may offer to install the app before the app has loaded: keep that offer.
listenForInstallOffer();

// Start fetching the first view's text and code now, beside the app's own code rather than
// after it: on a slow phone network that saves a whole round trip before anything shows.
prefetchFirstView(location.hash);

const target = document.getElementById('app');
if (target) void import('./boot/mountApp').then(({ mountApp }) => mountApp(target));
