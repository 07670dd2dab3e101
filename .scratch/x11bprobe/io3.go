package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var errFull = errors.New("full")

type lim struct{ n int }

func (w *lim) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func main() {
	n, err := io.Copy(&lim{3}, strings.NewReader("abcdef"))
	fmt.Println(n, err)
}
