// Exercises: reflect on user types: struct field names and tags, type Name/Kind/String, unexported fields, NumMethod, Value.Field setting through a pointer
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Age   int    `json:"age,omitempty"`
	email string
}

func (u User) Greet() string { return "hi " + u.Name }

type ID int

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.Kind(), t.String(), t.NumField(), t.NumMethod())
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q validate=%q exported=%v\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"), f.IsExported())
	}
	u := User{Name: "ann", Age: 3}
	v := reflect.ValueOf(&u).Elem()
	v.FieldByName("Age").SetInt(40)
	fmt.Println(u.Age, v.Field(0).Interface())
	idt := reflect.TypeOf(ID(3))
	fmt.Println(idt.Name(), idt.Kind(), idt.String(), idt == reflect.TypeOf(3))
	fmt.Println(reflect.DeepEqual([]User{u}, []User{u}), reflect.DeepEqual(map[string]ID{"a": 1}, map[string]int{"a": 1}))
}
