// Package runner executes notebooks without Jupyter: every code cell in
// order, through the same Go session a kernel uses, with the outputs stored
// in the notebook exactly as Jupyter's own executor stores them.
package runner
