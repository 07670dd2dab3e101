package main

import (
	"fmt"
	"reflect"
)

type Num struct{ V int }
type Add struct{ L, R any }
type Name string

func main() {
	handlers := map[reflect.Type]string{
		reflect.TypeOf(Num{}):      "num",
		reflect.TypeOf(&Add{}):     "add",
		reflect.TypeOf(Name("")):   "name",
		reflect.TypeOf(""):         "string",
		reflect.TypeOf([]Num(nil)): "nums",
	}
	nodes := []any{Num{1}, &Add{}, Name("n"), "s", []Num{}, 3}
	for _, n := range nodes {
		h, ok := handlers[reflect.TypeOf(n)]
		fmt.Print(h, ok, " ")
	}
	fmt.Println(len(handlers))
	seen := map[reflect.Type]int{}
	for _, n := range []any{Num{1}, Num{2}, Name("a"), "b"} {
		seen[reflect.TypeOf(n)]++
	}
	fmt.Println(len(seen), seen[reflect.TypeOf(Num{})])
}
