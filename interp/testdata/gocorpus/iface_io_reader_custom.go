// Exercises: a custom io.Reader consumed with io.ReadAll and bufio.
package main

import (
	"bufio"
	"fmt"
	"io"
)

type repeatReader struct {
	s     string
	times int
	pos   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.times == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.pos:])
	r.pos += n
	if r.pos == len(r.s) {
		r.pos = 0
		r.times--
	}
	return n, nil
}

func main() {
	data, err := io.ReadAll(&repeatReader{s: "ab\n", times: 3})
	fmt.Printf("%q %v\n", data, err)
	sc := bufio.NewScanner(&repeatReader{s: "line\n", times: 4})
	n := 0
	for sc.Scan() {
		n++
		fmt.Println(n, sc.Text())
	}
}
