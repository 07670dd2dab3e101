package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (v any, err error) {
	if s == "" {
		return nil, errors.New("empty")
	}
	if n, e := strconv.Atoi(s); e == nil {
		return n, nil
	}
	v, err = s, nil
	return
}

func lookup(m map[string]any, k string) (val any, ok bool) {
	val, ok = m[k]
	return
}

func pick(k int) (v any, n int) {
	var z any = "z"
	if k > 0 {
		v, n = z, k
	}
	return
}

func main() {
	for _, s := range []string{"12", "abc", ""} {
		fmt.Println(parse(s))
	}
	m := map[string]any{"a": 1, "b": nil}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "b"))
	fmt.Println(lookup(m, "c"))
	for i := 0; i < 3; i++ {
		fmt.Println(pick(1 - i))
	}
	var a, b any = "left", 2
	a, b = b, a
	fmt.Println(a, b)
}
