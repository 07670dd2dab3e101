package autodiff

// BLAS returns the name of the library that does this build's matrix
// products (MatMul's and a cell's own gonum code): "OpenBLAS 0.3.29
// (Haswell, 2 threads)" when the binary was built with the openblas tag
// (what `make build` does where libopenblas-dev is installed), "pure Go
// (gonum)" otherwise. `gobackprop version` and the kernel's banner show it.
func BLAS() string { return blasName() }

// BLASThreadsEnv is the environment variable that sets how many threads
// OpenBLAS runs. OpenBLAS reads it once, when the process loads the
// library and before any Go code runs, and starts its threads then; so a
// process that starts workers (the kernel, the grader) sets it in their
// environment. One thread measured faster than two for the assignment's
// products on a two-core machine shared with other work (2.6 against
// 3.8-5.6 ms a softmax step), and a class of kernels on one JupyterHub
// should not each start a thread per core.
const BLASThreadsEnv = "OPENBLAS_NUM_THREADS"
