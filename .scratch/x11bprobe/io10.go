package main

import (
	"fmt"
	"io"
	"strings"
)

var calls int

type src struct{ n int }

func (s *src) Read(p []byte) (int, error) {
	calls++
	if s.n == 0 {
		return 0, io.EOF
	}
	s.n--
	p[0] = 'z'
	return 1, nil
}

func main() {
	var sb strings.Builder
	fmt.Println(io.Copy(&sb, &src{2}))
	fmt.Println(sb.String(), calls)
}
