// Exercises: sentinel errors compared with == and io.EOF handling in a loop.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

var ErrEmpty = errors.New("empty input")

func firstWord(s string) (string, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", ErrEmpty
	}
	return f[0], nil
}

func main() {
	for _, s := range []string{"hello world", "   ", "go"} {
		w, err := firstWord(s)
		if err == ErrEmpty {
			fmt.Printf("%q -> empty\n", s)
			continue
		}
		fmt.Printf("%q -> %s\n", s, w)
	}
	r := strings.NewReader("abc")
	buf := make([]byte, 2)
	for {
		n, err := r.Read(buf)
		fmt.Println(n, string(buf[:n]), err)
		if err == io.EOF {
			break
		}
	}
}
