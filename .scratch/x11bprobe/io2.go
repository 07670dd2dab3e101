package main

import (
	"errors"
	"fmt"
	"io"
)

var errStop = errors.New("stop")

type gen struct{ n int }

func (g *gen) Read(p []byte) (int, error) {
	if g.n == 0 {
		return 0, io.EOF
	}
	g.n--
	p[0] = 'a' + byte(g.n)
	return 1, nil
}

type stopper struct{ n int }

func (s *stopper) Read(p []byte) (int, error) {
	if s.n == 0 {
		return 0, errStop
	}
	s.n--
	p[0] = 'x'
	return 1, nil
}

func main() {
	b, err := io.ReadAll(&gen{3})
	fmt.Println(string(b), err)
	b, err = io.ReadAll(&stopper{2})
	fmt.Println(string(b), err, errors.Is(err, errStop))
}
