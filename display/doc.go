// Package display is the notebook's output API: what a cell (or compiled
// code a cell calls) uses to show more than text.
//
// # Bundles
//
// Jupyter shows an output as a MIME bundle: one representation per MIME
// type ("text/plain", "text/html", "image/png", ...), and the frontend picks
// the richest it can render. A Bundle is that map. Binary data (PNG, JPEG)
// is stored base64-encoded, as the wire and the .ipynb format expect.
//
// # Frontends
//
// A Frontend is wherever outputs go: the Jupyter kernel publishes them on
// iopub; the headless runner stores them in the notebook file. The session
// that runs a cell installs its Frontend with Use for the duration of the
// cell, so package-level functions such as HTML and PNG reach the cell that
// is running, whether called from interpreted or compiled code.
//
// # Rich values
//
// A value with a MIMEBundle method renders itself when it is a cell's
// trailing expression (see Renderer). autodiff's Value and Tensor and
// plotting's figures do.
//
// # Updatable outputs
//
// New returns a Handle whose Update replaces the output in place (the
// protocol's update_display_data with the same display_id), so a training
// loop redraws one loss curve instead of appending a new one each step.
package display
