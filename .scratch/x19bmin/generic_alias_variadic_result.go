// go run: 0
// gobackprop: CompileError: constant definition loop  (both styles; a variadic generic func whose result is a generic alias instance; from generics_x19b_type_alias)
package main

import "fmt"

type Set[T comparable] = map[T]struct{}

func Of[T comparable](xs ...T) Set[T] {
	return nil
}

func main() {
	fmt.Println(len(Of[int]()))
}
