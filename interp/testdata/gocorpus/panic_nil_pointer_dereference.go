// Exercises: unrecovered runtime panic - nil pointer dereference through a struct field.
package main

import "fmt"

type Config struct {
	Name string
	Sub  *Config
}

func main() {
	c := &Config{Name: "root", Sub: &Config{Name: "child"}}
	fmt.Println(c.Name, c.Sub.Name)
	fmt.Println(c.Sub.Sub == nil)
	fmt.Println("deref grandchild")
	fmt.Println(c.Sub.Sub.Name)
}
