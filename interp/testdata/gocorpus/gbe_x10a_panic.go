// Exercises: panic - panicking on impossible states, a panic caught for one call, and finally an uncaught panic with an error value: output, message and exit status must match Go's
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func NewMatrix(r, c int) *Matrix {
	if r <= 0 || c <= 0 {
		panic(fmt.Sprintf("NewMatrix: bad shape %dx%d", r, c))
	}
	return &Matrix{r, c, make([]float64, r*c)}
}

func main() {
	m := NewMatrix(2, 3)
	fmt.Println("matrix", m.rows, "x", m.cols, len(m.data))

	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		NewMatrix(0, 4)
	}()

	dir, err := os.MkdirTemp("", "gbe-x10a-panic")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	_, err = os.ReadFile(filepath.Join(dir, "weights.bin"))
	fmt.Println("missing file:", errors.Is(err, os.ErrNotExist))

	fmt.Println("about to fail")
	panic(fmt.Errorf("load weights: %w", errors.New("unexpected end of data")))
}
