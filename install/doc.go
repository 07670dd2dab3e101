// Package install registers gobackprop with Jupyter by writing a
// kernelspec, and removes it again.
//
// # Kernelspecs
//
// Jupyter finds kernels by looking for directories named after them under
// "kernels" in each of its data directories. Each holds a kernel.json that
// says how to start the kernel (argv, with "{connection_file}" replaced by
// the path of the file that carries the ports and the signing key) and how
// to present it (display name, language), plus optional logo files shown
// in the launcher. Install writes such a directory for the running binary;
// Uninstall removes it. `jupyter kernelspec list` shows what Jupyter finds.
//
// # Scopes
//
// A kernelspec can be installed where Jupyter looks for one user (User,
// the default, which needs no privileges), for the Python environment that
// runs Jupyter (SysPrefix, right for a virtualenv or conda environment), or
// under any prefix (Prefix, for packaging). KernelsDir tells which
// directory a scope means on this machine.
//
// # A machine for a class
//
// On a machine many users share (a JupyterHub), the admin installs into a
// system prefix and sets, in the kernelspec's env, each notebook's memory
// (Options.MemoryLimit, GOBACKPROP_MEMORY_LIMIT) and the folder of the
// data sets every user reads (Options.Data, GOBACKPROP_DATA). The hub
// itself - a configuration and a script that starts it - is in install/hub.
//
// # Logos
//
// The logos are drawn by this package rather than shipped as files, so the
// binary stays self-contained: a Go-blue rounded square with a white ∂,
// the partial derivative backpropagation computes. The PNG sizes and the
// SVG come from the same geometry.
package install
