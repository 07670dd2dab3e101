package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse %q: %w", s, err)
		}
	}()
	if s == "" {
		return 0, errors.New("empty")
	}
	return -1, strconv.ErrSyntax
}

func main() {
	fmt.Println(parse("21"))
	fmt.Println(parse(""))
	n, err := parse("x")
	fmt.Println(n, err, errors.Is(err, strconv.ErrSyntax))
}
