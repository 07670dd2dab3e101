// Exercises: String method on a named slice type and on a named map type.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Path []int

func (p Path) String() string {
	parts := make([]string, len(p))
	for i, v := range p {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, " > ")
}

type Set map[string]bool

func (s Set) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ",") + "}"
}

func main() {
	p := Path{1, 4, 9}
	fmt.Println(p)
	fmt.Printf("%v %d\n", p, p)
	s := Set{"b": true, "a": true, "c": true}
	fmt.Println(s)
	fmt.Println(len(s), []Path{{1}, {2, 3}})
}
