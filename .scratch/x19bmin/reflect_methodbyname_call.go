// go run: h:80
// gobackprop: runtime.Error: runtime error: invalid memory address or nil pointer dereference  (both styles; reflect.Value.MethodByName(...).Call on a notebook type; from reflect_x19b_light)
package main

import (
	"fmt"
	"reflect"
)

type Config struct{ Host string }

func (c Config) Addr() string { return c.Host + ":80" }

func main() {
	m := reflect.ValueOf(Config{"h"}).MethodByName("Addr")
	fmt.Println(m.Call(nil)[0])
}
