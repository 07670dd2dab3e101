// Exercises: custom io.Reader returning io.EOF, read loop with sentinel comparison, io.ReadAll, io.LimitReader, io.MultiReader, io.Copy to strings.Builder
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Repeat struct {
	b     byte
	left  int
	reads int
}

func (r *Repeat) Read(p []byte) (int, error) {
	r.reads++
	if r.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), r.left, 4)
	for i := range n {
		p[i] = r.b
	}
	r.left -= n
	return n, nil
}

func main() {
	r := &Repeat{b: 'z', left: 10}
	buf := make([]byte, 8)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error", err)
			return
		}
	}
	fmt.Println(total, r.reads)
	all, err := io.ReadAll(io.LimitReader(&Repeat{b: 'a', left: 100}, 9))
	fmt.Println(string(all), err)
	var sb strings.Builder
	n, err := io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), &Repeat{b: '-', left: 3}, strings.NewReader("cd")))
	fmt.Println(n, err, sb.String())
	_, err = io.ReadFull(strings.NewReader("abc"), make([]byte, 5))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF)
}
