package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var errFull = errors.New("full")

type lim struct{}

func (w lim) Write(p []byte) (int, error) { return 0, errFull }

func main() {
	fmt.Println(io.Copy(lim{}, strings.NewReader("abc")))
}
