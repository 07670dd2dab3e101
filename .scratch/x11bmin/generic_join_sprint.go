package main

import (
	"fmt"
	"strings"
)

type Light int

func (l Light) String() string { return [...]string{"red", "green", "amber"}[l] }

func Join[T any](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, sep)
}

func main() {
	// go: red -> green -> amber; gobackprop: 0 -> 1 -> 2
	fmt.Println(Join([]Light{0, 1, 2}, " -> "))
}
