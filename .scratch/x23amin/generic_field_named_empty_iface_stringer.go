// A struct with a String method whose field is a generic type instantiated with a named
// empty interface (type Value interface{}; Env[string, Value]) fails to compile.
// (with `any` instead of Value, or int, it works.)
// go run:      <closure z>
// gobackprop:  CompileError:  is not a type   (both styles; clear error, note the empty name)
// From generics_x23a_scoped_env.go.
package main

import "fmt"

type Env[K comparable, V any] struct {
	vars map[K]V
}

type Value interface{}

type Closure struct {
	Param string
	Env   *Env[string, Value]
}

func (c Closure) String() string { return "<closure " + c.Param + ">" }

func main() {
	fmt.Println(Closure{Param: "z"})
}
