// Reduced from iface_x25b_reflect_fields.go (both styles). A clear, documented refusal.
// go run:      hi Ada
// gobackprop:  no output, error
//
//	Unsupported: reflect's Value.MethodByName("Greeting") on a value of a type of the notebook: call the method directly
//
// (reflect.Type.NumMethod / Method(i).Name on the same type work and print the right names.)
package main

import (
	"fmt"
	"reflect"
)

type P struct{ Name string }

func (p P) Greeting() string { return "hi " + p.Name }

func main() {
	m := reflect.ValueOf(P{"Ada"}).MethodByName("Greeting")
	fmt.Println(m.Call(nil)[0])
}
