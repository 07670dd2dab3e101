// Exercises: reflect.TypeOf on the program's types: names, pointers,
// slices and maps of them, fields with their declared names and types,
// == between two reflect types, values held in an interface{}.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type IDs []int

type Address struct {
	City string `json:"city"`
	zip  string
}

type User struct {
	Name string
	Home Address
	Tags map[string]IDs
	Next *User
}

func describe(v any) string {
	t := reflect.TypeOf(v)
	return fmt.Sprintf("%v (kind %v, name %q)", t, t.Kind(), t.Name())
}

func main() {
	for _, v := range []any{User{}, &User{}, []User{}, map[string]*Address{}, 3} {
		fmt.Println(describe(v))
	}
	c := reflect.TypeOf(Celsius(1))
	fmt.Println(c, c.Kind(), c.Name(), reflect.TypeOf(IDs{}).Name())
	t := reflect.TypeOf(User{})
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind(), f.IsExported())
	}
	a := reflect.TypeOf(Address{})
	f, ok := a.FieldByName("zip")
	fmt.Println(f.Name, ok, f.IsExported(), a.Field(0).Tag.Get("json"))
	fmt.Println(reflect.TypeOf(&User{}).Elem() == t, reflect.TypeOf(User{}) == t, t.PkgPath())
	fmt.Println(reflect.TypeOf(map[string]IDs{}).Elem().Name(), reflect.TypeOf(&User{}).Name() == "", reflect.TypeOf([]User{}))
}
