// Exercises: returning two results from inside a range over a function iterator, where a result is a variable of
// the loop's body and the other a composite literal, nil, a string or a call.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

func first() ([]int, int) {
	for range slices.Values([]int{1}) {
		x := 7
		return []int{1}, x
	}
	return nil, 0
}

type plugin struct{ name string }

func configure(spec string) (*plugin, error) {
	for part := range strings.SplitSeq(spec, ",") {
		err := errors.New("bad part " + part)
		if strings.HasPrefix(part, "!") {
			return nil, err
		}
		name := strings.ToUpper(part)
		if len(name) > 3 {
			return &plugin{name}, nil
		}
	}
	return nil, errors.New("none")
}

func pair() (string, []string) {
	for v := range slices.Values([]string{"a", "b"}) {
		rest := []string{v, v}
		return strings.Repeat(v, 2), rest
	}
	return "", nil
}

func main() {
	fmt.Println(first())
	p, err := configure("ab,!x,long")
	fmt.Println(p, err)
	p, err = configure("ab,long")
	fmt.Println(p.name, err)
	fmt.Println(pair())
}
