// Exercises: Error method on value receiver is used by Println and %v, takes precedence over String.
package main

import "fmt"

type Code int

func (c Code) Error() string  { return fmt.Sprintf("code %d failure", int(c)) }
func (c Code) String() string { return "stringer-not-used" }

type Wrapper struct {
	Err  error
	Name string
}

func main() {
	var c Code = 404
	fmt.Println(c)
	fmt.Printf("%v|%s|%d|%q\n", c, c, c, c)
	var err error = c
	fmt.Println(err)
	fmt.Println(Wrapper{c, "w"})
	fmt.Printf("%+v\n", Wrapper{c, "w"})
}
