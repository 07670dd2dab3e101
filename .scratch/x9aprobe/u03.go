// Exercises: reflect introspection of a user struct: field names, tags, kinds, method count
package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `db:"name"`
	age   int
	Email string `db:"email"`
}

func (u User) Greet() string { return "hi " + u.Name }

func main() {
	u := User{"ann", 30, "a@x"}
	t := reflect.TypeOf(u)
	fmt.Println(t.Name(), t.Kind(), t.NumField(), t.NumMethod(), t.String())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s %q %v\n", f.Name, f.Type, f.Tag.Get("db"), f.IsExported())
	}
	v := reflect.ValueOf(u)
	fmt.Println(v.Field(0), v.FieldByName("Email"))
}
