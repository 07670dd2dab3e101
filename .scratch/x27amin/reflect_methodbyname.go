// go run:      hi, g
// gobackprop:  (both styles) error: Unsupported: reflect's Value.MethodByName("Hello")
//
//	on a value of a type of the notebook: call the method directly
//
// Same refused family as KNOWN's iface_x25b_reflect_fields / reflect_x17b_fields /
// reflect_x19b_light (a clear error, not a wrong answer). NumMethod and
// Type().Method(i).Name on the same value work.
package main

import (
	"fmt"
	"reflect"
)

type G struct{ Name string }

func (g G) Hello(s string) string { return s + ", " + g.Name }

func main() {
	out := reflect.ValueOf(G{"g"}).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("hi")})
	fmt.Println(out[0].String())
}
