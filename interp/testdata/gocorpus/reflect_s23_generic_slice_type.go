// Exercises: reflect.TypeOf of a slice of the type parameter inside a generic function, called with a struct of the notebook
package main

import (
	"fmt"
	"reflect"
)

type Row struct{ A int }

func Describe[T any](rows []T) string {
	t := reflect.TypeOf(rows).Elem()
	return fmt.Sprint(t, " ", t.NumField())
}

func main() {
	fmt.Println(Describe([]Row{{1}}))
}
