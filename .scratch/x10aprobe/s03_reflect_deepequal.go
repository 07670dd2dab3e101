package main

import (
	"fmt"
	"reflect"
)

type inner struct{ vals []int }
type outer struct {
	Name string
	in   *inner
	tags map[string]int
}

type A struct{ X int }
type B struct{ X int }

func main() {
	a := outer{"x", &inner{[]int{1}}, map[string]int{"k": 1}}
	b := outer{"x", &inner{[]int{1}}, map[string]int{"k": 1}}
	fmt.Println(reflect.DeepEqual(a, b))
	b.in.vals[0] = 2
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual(A{1}, B{1}), reflect.DeepEqual(any(A{1}), any(A{1})))
	fmt.Println(reflect.TypeOf(A{}) == reflect.TypeOf(B{}))
	fmt.Println(reflect.TypeOf(a).Name(), reflect.TypeOf(a).NumField(), reflect.TypeOf(a).Field(1).Name)
}
