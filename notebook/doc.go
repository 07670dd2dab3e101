// Package notebook reads and writes Jupyter notebooks (.ipynb files,
// nbformat 4) and records the outputs of a running cell into one, the way
// Jupyter's own executor does.
//
// # Files
//
// A Notebook is a list of cells plus metadata; a code Cell holds its
// source and the outputs its last run produced. Read and ReadFile accept
// every nbformat 4 minor version (4.0 to 4.5) and both spellings of
// multiline text that the format allows, a string or a list of lines.
// Fields this package does not know about, at any level, are kept and
// written back unchanged, so a notebook that went through gobackprop keeps
// what other tools (extensions, widgets, nbgrader) stored in it.
//
// # Canonical form
//
// Write produces exactly the bytes Jupyter would write for the same
// notebook: JSON indented by one space, keys sorted, non-ASCII characters
// as they are, multiline text as a list of lines, and a final newline. A
// notebook saved by Jupyter therefore survives Read and Write byte for
// byte, and a notebook executed by gobackprop shows only real changes in a
// version-control diff. Writing upgrades older files to nbformat 4.5, which
// gives every cell an id.
//
// # Recording outputs
//
// A Recorder is the display.Frontend of one cell run without a Jupyter
// frontend (a headless run or a test). It stores what the cell shows with
// nbclient's rules: consecutive writes to a stream are merged into one
// output, an update of a display id replaces that output wherever it is in
// the notebook, and a clear_output that waits takes effect only when the
// next output arrives.
package notebook
