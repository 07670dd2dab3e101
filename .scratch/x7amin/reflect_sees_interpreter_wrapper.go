package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name string
	Age  int
}

func (u *User) Rename(s string) { u.Name = s }

// With a pointer-receiver method on User, reflect on a User passed as any sees the
// interpreter's own wrapper: fields "node" and "value" (Go: Name Age, 2 fields).
// Without the method: Name Age, but an unexported field shows as "Xemail", exported.
func fields(v any) []string {
	t := reflect.ValueOf(v).Type()
	var out []string
	for i := range t.NumField() {
		out = append(out, t.Field(i).Name)
	}
	return out
}

func main() {
	fmt.Println(fields(User{"ann", 3}), reflect.TypeOf(User{}).NumMethod())
}
