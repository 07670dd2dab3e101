package main

import (
	"errors"
	"fmt"
	"io"
)

var errFull = errors.New("full")

type lim struct{}

func (w lim) Write(p []byte) (int, error) { return 0, errFull }

func main() {
	var w io.Writer = lim{}
	fmt.Println(w.Write(nil))
}
