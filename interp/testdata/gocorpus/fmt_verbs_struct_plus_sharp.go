// Exercises: %v %+v %#v %T on nested user structs with unexported fields.
package main

import "fmt"

type Address struct {
	Street string
	zip    int
}

type User struct {
	Name    string
	Age     int
	Tags    []string
	Addr    Address
	Manager *User
	secret  bool
}

func main() {
	boss := &User{Name: "Root"}
	u := User{"Ada", 36, []string{"x", "y"}, Address{"Main St", 12345}, boss, true}
	fmt.Printf("%v\n", u.Tags)
	fmt.Printf("%v %v\n", u.Name, u.Manager != nil)
	fmt.Printf("%+v\n", u.Addr)
	fmt.Printf("%#v\n", u.Addr)
	fmt.Printf("%T\n", u)
	fmt.Printf("%v\n", *u.Manager)
	fmt.Printf("%#v\n", u.Tags)
}
