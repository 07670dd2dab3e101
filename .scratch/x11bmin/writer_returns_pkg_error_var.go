package main

import (
	"errors"
	"fmt"
	"io"
)

type lim struct{ n int }

var errFull = errors.New("full")

func (w *lim) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errFull
	}
	return len(p), nil
}

func main() {
	// go: 3 <nil> 0 full
	// gobackprop: [cell 0] ERROR CompileError: cannot use type *main.lim as type io.Writer
	fmt.Println(io.WriteString(&lim{10}, "abc"))
	fmt.Println(io.WriteString(&lim{1}, "abc"))
}
