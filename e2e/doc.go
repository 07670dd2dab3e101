// Package e2e holds the end-to-end test that a student's setup would run:
// the real Jupyter Notebook server and its web page in a real browser,
// driving this kernel. It has no code of its own, only the test in
// browser_test.go and its helpers; unit and protocol tests elsewhere prove
// the parts, this one proves what a student sees.
//
// # What it does
//
// The test builds the gobackprop binary, installs its kernelspec into a
// temporary Jupyter data directory, starts `jupyter notebook` (the classic
// Notebook 6.4 server and UI, Debian's jupyter-notebook package) on
// 127.0.0.1 with a random port and token, and opens copies of the bundled
// notebooks in headless Chromium through the DevTools protocol
// (github.com/chromedp/chromedp): 02-computational-graphs as it is, and
// 07-svm on a subset of MNIST (see svmRewrites) so that it runs in seconds.
// It runs all cells from the Cell menu and checks the page as a student
// would read it: the printed gradients, no error output, the circuit and
// the other pictures loaded, a live loss curve and a progress bar that each
// stay one output while they update. Then it interrupts an endless cell
// from the toolbar, restarts the kernel from the Kernel menu, and asks
// CodeMirror for a tab completion, typing and pressing keys as a student
// would.
//
// # Artifacts
//
// Full-page screenshots of each step and the logs of the server and the
// browser are kept in a directory named in the test log
// (GOBACKPROP_E2E_ARTIFACTS chooses it). Look at them: a test that passes
// on a page nobody could read has proved little.
//
// # Requirements
//
// Chromium (/usr/bin/chromium) and the Notebook server for /usr/bin/python3
// (GOBACKPROP_PYTHON chooses another Python):
//
//	apt-get install chromium jupyter-notebook
//
// Without them the test skips, except under CI=true, where it fails. Every
// process it starts - the server, its kernels and the browser - is stopped
// at the end, and the test fails if one is left.
package e2e
