package main

import (
	"errors"
	"fmt"
)

type In struct{ A int }
type Out struct {
	P   *In
	E   error
	S   []int
	M   map[string]int
	Any any
}

func main() {
	fmt.Println(&[]int{1, 2}, &map[string]int{"a": 1}, &In{3}, &[2]string{"x", "y"})
	o := Out{E: nil, S: nil, M: nil}
	fmt.Printf("%v\n%+v\n", o, o)
	o2 := Out{E: errors.New("boom"), S: []int{}, M: map[string]int{}, Any: In{4}}
	fmt.Printf("%v\n%+v\n", o2, o2)
	fmt.Printf("%v %d %s\n", []any{1, "a", nil, In{5}}, []int8{-1, 2}, []string{"p", "q"})
	fmt.Printf("%v %.2f %g %e %v\n", float32(0.1), 3.14159, 1e21, 123456.789, 1e-7)
	fmt.Printf("%5.1f|%-6d|%06.2f|%x|%X|%o|%b\n", 3.14159, 42, 3.14159, 255, "hi", 8, 5)
	fmt.Printf("%t %c %U %q %#x %+d\n", true, 'G', 'G', 'G', 255, 5)
}
