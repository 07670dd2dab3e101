// Exercises: reflect.TypeFor with basic, struct, interface and generic types.
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name string `json:"name"`
	Age  int
}

type Box[T any] struct{ V T }

func main() {
	t := reflect.TypeFor[User]()
	fmt.Println(t, t.Kind(), t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"))
	}
	fmt.Println(reflect.TypeFor[error](), reflect.TypeFor[error]().Kind())
	fmt.Println(reflect.TypeFor[[]map[string]int]())
	fmt.Println(reflect.TypeFor[Box[int]]().Name())
	fmt.Println(reflect.TypeFor[*User]().Elem() == t)
}
